import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { auditLog, type AuditPage } from '../api/audit';
import { messages as m } from '../messages';

interface Props { onError: (e: unknown) => void }

const pageSize = 20;

/** The audit log for administrators, newest first: reads of unmasked personal data, sign-ins, changes of users. */
export function AuditList({ onError }: Props) {
  const [kind, setKind] = useState<string>('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<AuditPage>();
  const [loading, setLoading] = useState(false);
  const load = useCallback(async () => {
    setLoading(true);
    try { setResult(await auditLog({ kind: kind || undefined, page, pageSize })); } catch (e) { onError(e); } finally { setLoading(false); }
  }, [kind, page, onError]);
  useEffect(() => { void load(); }, [load]);
  const kinds = [{ value: '', label: m.all }, ...(result?.kinds ?? []).map((k) => ({ value: k.code, label: k.name }))];
  return (
    <Card size="small" title={`${m.auditLog}（${m.auditTotal(result?.total ?? 0)}）`}
      extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => void load()} aria-label={m.refresh}>{m.refresh}</Button>}>
      <Select style={{ width: '100%' }} value={kind} options={kinds} prefix={`${m.auditKind}：`} aria-label={m.auditKind} data-testid="audit-kind"
        onChange={(k) => { setKind(k); setPage(1); }} />
      <List
        loading={loading}
        dataSource={result?.items ?? []}
        locale={{ emptyText: <Empty description={m.auditEmpty} /> }}
        pagination={result && result.total > pageSize
          ? { current: page, pageSize, total: result.total, size: 'small', showSizeChanger: false, onChange: setPage } : false}
        renderItem={(l) => (
          <List.Item data-testid="audit-line">
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Space wrap size={6}>
                <Typography.Text strong>{l.kindName}</Typography.Text>
                <Typography.Text>{l.actorName ? `${l.actorName}（${l.actor}）` : l.actor}</Typography.Text>
                {l.target && <Typography.Text code>{l.target}</Typography.Text>}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {new Date(l.at).toLocaleString('zh-CN')}{l.address ? ` · ${m.auditFrom(l.address)}` : ''}{l.detail ? ` · ${l.detail}` : ''}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
