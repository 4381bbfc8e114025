import { Button, Card, Col, Input, List, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import * as api from '../api/admin';
import type { DocumentInfo } from '../api/views';
import { useAdmin, useDraftDocument } from './context';
import { adminMessages as a } from './messages';

/** 文档: every document of the scope with its state, and the JSON of one to read or edit whole (for power users). */
export function DocumentsPage() {
  const { scope, revision, onError } = useAdmin();
  const [docs, setDocs] = useState<DocumentInfo[]>([]);
  const [path, setPath] = useState<string>();
  useEffect(() => { api.documents(scope.code).then(setDocs, onError); }, [scope.code, revision, onError]);
  return (
    <Row gutter={12}>
      <Col span={7}>
        <Card size="small" title={a.documents} styles={{ body: { maxHeight: 600, overflow: 'auto', padding: 0 } }}>
          <List size="small" dataSource={docs} data-testid="document-list" renderItem={(d) => (
            <List.Item onClick={() => setPath(d.path)} style={{ cursor: 'pointer', background: d.path === path ? '#e6f4ff' : undefined, padding: '4px 12px' }}>
              <Typography.Text code>{d.path}</Typography.Text>
              {d.state !== 'published' && <Tag color="orange">{a.docState[d.state]}</Tag>}
            </List.Item>)} />
        </Card>
      </Col>
      <Col span={17}>{path && <JsonEditor key={`${path}`} path={path} />}</Col>
    </Row>
  );
}

/** The whole document as JSON in a monospace box; saved whole into the draft after it parses. */
export function JsonEditor({ path }: { path: string }) {
  const { scope, changed, onError } = useAdmin();
  const { content, save } = useDraftDocument<unknown>(path);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (content !== null) setText(JSON.stringify(content, null, 2)); }, [content]);
  const submit = () => {
    try { const parsed = JSON.parse(text) as unknown; setError(null); void save(parsed); } catch (e) { setError(a.jsonInvalid((e as Error).message)); }
  };
  const revert = async () => { try { await api.dropDraft(scope.code, path); changed(); } catch (e) { onError(e); } };
  return (
    <Card size="small" title={<Typography.Text code>{path}</Typography.Text>} extra={scope.editable && (
      <Space><Button size="small" onClick={() => void revert()}>{a.revertDoc}</Button>
        <Button size="small" type="primary" onClick={submit} data-testid="json-save">{a.saveDraft}</Button></Space>)}>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Input.TextArea className="gov-json" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 20, maxRows: 28 }}
        spellCheck={false} readOnly={!scope.editable} data-testid="json-text" aria-label={a.jsonView} />
    </Card>
  );
}
