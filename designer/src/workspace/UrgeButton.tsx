import { AlertOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { urge } from '../api/cases';
import { messages as m } from '../messages';

interface Props { caseId: string; number: string; onError: (e: unknown) => void; onUrged: () => void }

/** 督办: a supervisor (or the center) presses the people working a case; the comment is journaled and sent to them. */
export function UrgeButton({ caseId, number, onError, onUrged }: Props) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const submit = async () => {
    const { comment } = await form.validateFields();
    setBusy(true);
    try {
      await urge(caseId, comment.trim());
      message.success(m.urged);
      setOpen(false);
      form.resetFields();
      onUrged();
    } catch (e) { onError(e); } finally { setBusy(false); }
  };
  return (
    <>
      <Button danger icon={<AlertOutlined />} onClick={() => setOpen(true)} data-testid="urge">{m.urge}</Button>
      <Modal open={open} title={m.urgeTitle(number)} okText={m.urge} confirmLoading={busy} onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{m.urgeHint}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="comment" label={m.urgeComment} rules={[{ required: true, whitespace: true, message: m.urgeRequired }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount data-testid="urge-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
