import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Select, Space } from 'antd';
import { useRef, useState } from 'react';
import { uploadAttachment } from '../api/cases';
import { ApiError } from '../api/http';
import { messages as m } from '../messages';

/** Before/after photos for the case, tagged with the stage they show. */
export function PhotoUpload({ caseId, onUploaded }: { caseId: string; onUploaded: () => void }) {
  const { message } = App.useApp();
  const [stage, setStage] = useState('before');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const pick = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    for (const f of Array.from(files)) {
      try { await uploadAttachment(caseId, f, stage); message.success(m.uploaded(f.name)); }
      catch (e) { message.error(m.uploadFailed(f.name, e instanceof ApiError ? e.detail : String(e)), 6); }
    }
    setBusy(false);
    if (input.current) input.current.value = '';
    onUploaded();
  };
  return (
    <Space.Compact>
      <Select size="small" value={stage} onChange={setStage} aria-label={m.photoStep} style={{ width: 92 }}
        options={[{ value: 'before', label: m.photoBefore }, { value: 'after', label: m.photoAfter }]} />
      <input ref={input} type="file" style={{ display: 'none' }} multiple accept="image/jpeg,image/png,image/webp,application/pdf,video/mp4"
        data-upload="case-photos" onChange={(e) => void pick(e.target.files)} />
      <Button size="small" icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()}>{m.uploadPhotos}</Button>
    </Space.Compact>
  );
}
