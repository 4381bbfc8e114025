import { Alert, App, Button, Card, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import * as api from '../api/admin';
import { ApiError } from '../api/http';
import type { Problem } from '../api/views';
import { useAdmin } from './context';
import { adminMessages as a } from './messages';
import { ProblemList } from './ProblemList';
import { VersionsDrawer } from './VersionsDrawer';

/** The scope's draft: how much it changes, 校验, 发布 with a comment, 版本 (history, diff, restore), 放弃草稿. */
export function DraftBar() {
  const { scope, changed, onError } = useAdmin();
  const { message } = App.useApp();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const check = async () => {
    try {
      const r = await api.validate(scope.code);
      setProblems(r.problems);
      if (r.valid) message.success(a.validOk);
    } catch (e) { onError(e); }
  };
  const publish = async () => {
    if (!comment.trim()) { message.warning(a.publishCommentRequired); return; }
    setBusy(true);
    try {
      const v = await api.publish(scope.code, comment.trim());
      message.success(a.published(v.version));
      setPublishing(false); setComment(''); setProblems(null);
      changed();
    } catch (e) {
      // A refused publish names every problem (file and JSON path); they are listed under the bar.
      if (e instanceof ApiError && e.status === 422) {
        setProblems(e.errors as unknown as Problem[]);
        setPublishing(false);
        message.error(a.publishRefused);
      } else onError(e);
    } finally { setBusy(false); }
  };
  const discard = async () => {
    try { await api.discardDraft(scope.code); message.success(a.discarded); setProblems(null); changed(); } catch (e) { onError(e); }
  };
  return (
    <Card size="small" style={{ marginBottom: 4 }} data-testid="draft-bar">
      <Space wrap>
        <Typography.Text strong data-testid="draft-changes">{a.draftChanges(scope.draftChanges)}</Typography.Text>
        <Button onClick={() => void check()} data-testid="validate">{a.validate}</Button>
        <Button type="primary" disabled={!scope.editable || scope.draftChanges === 0} onClick={() => setPublishing(true)} data-testid="publish">
          {a.publish}
        </Button>
        <Button onClick={() => setVersionsOpen(true)} data-testid="versions">{a.versions}</Button>
        <Popconfirm title={a.discardConfirm} onConfirm={() => void discard()} okText={a.ok} cancelText={a.cancel}>
          <Button danger disabled={!scope.editable || scope.draftChanges === 0}>{a.discard}</Button>
        </Popconfirm>
      </Space>
      {problems && (problems.length === 0
        ? <Alert style={{ marginTop: 8 }} type="success" showIcon title={a.validOk} closable onClose={() => setProblems(null)} />
        : (
          <div style={{ marginTop: 8 }}>
            <Alert type="error" showIcon title={a.problems(problems.length)} closable onClose={() => setProblems(null)} />
            <ProblemList problems={problems} />
          </div>
        ))}
      <Modal open={publishing} title={a.publish} onCancel={() => setPublishing(false)} onOk={() => void publish()} confirmLoading={busy}
        okText={a.publish} cancelText={a.cancel} okButtonProps={{ 'data-testid': 'publish-confirm' }}>
        <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={a.publishComment}
          aria-label={a.publishComment} data-testid="publish-comment" maxLength={500} />
      </Modal>
      {versionsOpen && <VersionsDrawer onClose={() => setVersionsOpen(false)} />}
    </Card>
  );
}
