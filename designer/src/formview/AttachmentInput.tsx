import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Image, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../api/http';
import type { FileValue } from '../api/views';
import type { FieldDefinition, Json } from '../forms';
import { messages as m } from '../messages';

/** Stores a file with the case and returns what the field keeps: {id, name, type, size, url}. */
export type Uploader = (file: File) => Promise<FileValue>;

interface Props { field: FieldDefinition; value: Json | undefined; readOnly: boolean; onChange: (v: Json | undefined) => void; upload: Uploader }

/** An attachment field: upload first, then keep the returned metadata in the value; images as thumbnails. */
export function AttachmentInput({ field, value, readOnly, onChange, upload }: Props) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const files = Array.isArray(value) ? (value as unknown as FileValue[]) : [];
  const pick = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    const added: FileValue[] = [];
    for (const file of Array.from(list)) {
      try { added.push(await upload(file)); } catch (e) { message.error(m.uploadFailed(file.name, e instanceof ApiError ? e.detail : String(e)), 6); }
    }
    setBusy(false);
    if (input.current) input.current.value = '';
    if (added.length > 0) onChange([...files, ...added] as unknown as Json);
  };
  const accept = (field.accept ?? []).join(',');
  return (
    <div>
      <Image.PreviewGroup>
        <Space wrap size={8}>
          {files.map((f, i) => (
            <div key={f.id ?? i} style={{ position: 'relative' }}>
              {f.type?.startsWith('image/')
                ? <Image src={f.url} alt={f.name} width={88} height={88} style={{ objectFit: 'cover', borderRadius: 6 }} />
                : <a href={f.url} target="_blank" rel="noreferrer"><PaperClipOutlined /> {f.name}</a>}
              {!readOnly && (
                <Button size="small" type="link" danger style={{ display: 'block', padding: 0 }}
                  onClick={() => onChange(files.filter((_, j) => j !== i) as unknown as Json)}>{m.removeRow}</Button>
              )}
            </div>
          ))}
        </Space>
      </Image.PreviewGroup>
      {!readOnly && (
        <div style={{ marginTop: files.length ? 8 : 0 }}>
          <input ref={input} type="file" style={{ display: 'none' }} multiple accept={accept || undefined} data-upload={field.key}
            onChange={(e) => void pick(e.target.files)} />
          <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>{busy ? m.uploading : m.upload}</Button>
          {field.maxCount !== undefined && <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{`≤ ${field.maxCount}`}</Typography.Text>}
        </div>
      )}
    </div>
  );
}
