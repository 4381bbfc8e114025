import { FileOutlined } from '@ant-design/icons';
import { Card, Empty, Image, Space, Typography } from 'antd';
import type { Attachment } from '../api/views';
import { nameOf, useDictionaries } from '../app/useDictionaries';
import { messages as m } from '../messages';
import type { ReactNode } from 'react';

/** The case's files: images as thumbnails (click to enlarge), others as download links. */
export function AttachmentsCard({ files, extra }: { files: Attachment[]; extra?: ReactNode }) {
  const d = useDictionaries();
  const stepName = (step: string) => nameOf(d?.photoSteps, nameOf(d?.steps, step));
  return (
    <Card size="small" title={`${m.attachments}（${files.length}）`} extra={extra}>
      {files.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noAttachments} /> : (
        <Image.PreviewGroup>
          <Space wrap size={12} align="start">
            {files.map((f) => (
              <div key={f.id} style={{ width: 96 }} data-testid="attachment">
                {f.contentType.startsWith('image/')
                  ? <Image src={f.url} alt={f.fileName} width={96} height={96} style={{ objectFit: 'cover', borderRadius: 6 }} />
                  : <a href={f.url} target="_blank" rel="noreferrer" style={{ display: 'flex', width: 96, height: 96, alignItems: 'center', justifyContent: 'center', border: '1px solid #eee', borderRadius: 6 }}><FileOutlined style={{ fontSize: 32 }} /></a>}
                <Typography.Text ellipsis style={{ display: 'block', fontSize: 12 }} title={f.fileName}>{f.fileName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.step ? `${stepName(f.step)} · ` : ''}{m.size(f.size)}
                </Typography.Text>
              </div>
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
