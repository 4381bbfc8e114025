import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { messages as m } from '../messages';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const types = ['image/jpeg', 'image/png', 'image/webp'];

/** Photos chosen before the report is sent (they are uploaded once the case has a number); checked for type and size here. */
export function PhotoPicker({ files, onChange, onReject }: { files: File[]; onChange: (f: File[]) => void; onReject: (message: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const urls = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const add = (list: FileList | null) => {
    const ok: File[] = [];
    for (const f of Array.from(list ?? [])) {
      if (!types.includes(f.type)) onReject(m.photoWrongType(f.name));
      else if (f.size > MAX_PHOTO_BYTES) onReject(m.photoTooLarge(f.name));
      else ok.push(f);
    }
    if (input.current) input.current.value = '';
    onChange([...files, ...ok].slice(0, 9));
  };
  return (
    <div>
      <Space wrap size={8}>
        {files.map((f, i) => (
          <div key={`${f.name}-${i}`}>
            <img src={urls[i]} alt={f.name} className="gov-thumb" />
            <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => onChange(files.filter((_, j) => j !== i))}>{m.removeRow}</Button>
          </div>
        ))}
      </Space>
      <input ref={input} type="file" style={{ display: 'none' }} multiple accept={types.join(',')} data-upload="report-photos" onChange={(e) => add(e.target.files)} />
      <div><Button icon={<CameraOutlined />} onClick={() => input.current?.click()} disabled={files.length >= 9}>{m.uploadPhotos}</Button></div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.photosHelp}</Typography.Text>
    </div>
  );
}
