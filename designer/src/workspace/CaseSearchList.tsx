import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { searchCases } from '../api/cases';
import type { CaseSummary } from '../api/views';
import { optionsOf, useDictionaries } from '../app/useDictionaries';
import { messages as m } from '../messages';
import { WarningTag } from './WarningTag';

interface Props {
  selectedCase?: string;
  onOpen: (c: CaseSummary) => void;
  onError: (e: unknown) => void;
}

interface Filter { status?: string; warning?: string; q?: string; page: number }
const pageSize = 20;

/**
 * Every case the user may see (their county, unit or department), newest first, filtered by status, warning and
 * words on the server: how supervisors and the center find cases that are not in their inbox, to follow or urge them.
 */
export function CaseSearchList({ selectedCase, onOpen, onError }: Props) {
  const [filter, setFilter] = useState<Filter>({ page: 1 });
  const [result, setResult] = useState<{ items: CaseSummary[]; total: number }>();
  const [loading, setLoading] = useState(false);
  const load = useCallback(async () => {
    setLoading(true);
    try {
      const r = await searchCases({ status: filter.status, warning: filter.warning, q: filter.q, page: filter.page, pageSize });
      setResult({ items: r.items, total: r.total });
    } catch (e) { onError(e); } finally { setLoading(false); }
  }, [filter, onError]);
  useEffect(() => { void load(); }, [load]);
  const d = useDictionaries();
  const statusOptions = [{ value: '', label: m.all }, ...optionsOf(d?.statuses)];
  const warningOptions = [{ value: '', label: m.all }, ...optionsOf(d?.warnings)];
  return (
    <Card size="small" title={`${m.caseSearch}（${m.caseTotal(result?.total ?? 0)}）`}
      extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => void load()} aria-label={m.refresh}>{m.refresh}</Button>}>
      <Space orientation="vertical" style={{ width: '100%' }} size="small">
        <Input.Search allowClear placeholder={m.filterText} aria-label={m.filterText} data-testid="case-search-text"
          onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))} />
        <Space.Compact block>
          <Select style={{ width: '50%' }} value={filter.status ?? ''} options={statusOptions} aria-label={m.filterStatus}
            prefix={`${m.filterStatus}：`} data-testid="case-search-status"
            onChange={(status) => setFilter((f) => ({ ...f, status: status || undefined, page: 1 }))} />
          <Select style={{ width: '50%' }} value={filter.warning ?? ''} options={warningOptions} aria-label={m.filterWarning}
            prefix={`${m.filterWarning}：`} data-testid="case-search-warning"
            onChange={(warning) => setFilter((f) => ({ ...f, warning: warning || undefined, page: 1 }))} />
        </Space.Compact>
      </Space>
      <List
        loading={loading}
        dataSource={result?.items ?? []}
        locale={{ emptyText: <Empty description={m.caseSearchEmpty} /> }}
        pagination={result && result.total > pageSize ? {
          current: filter.page, pageSize, total: result.total, size: 'small', showSizeChanger: false,
          onChange: (page) => setFilter((f) => ({ ...f, page })),
        } : false}
        renderItem={(c) => (
          <List.Item key={c.id} data-testid="case-item" data-case={c.number} onClick={() => onOpen(c)}
            style={{ cursor: 'pointer', padding: '10px 8px', background: c.id === selectedCase ? '#e6f4ff' : undefined }}>
            <div style={{ width: '100%', minWidth: 0 }}>
              <Space size={4} wrap>
                <Tag color="processing">{c.statusName}</Tag>
                {c.deadline && <WarningTag warning={c.warning} deadline={c.deadline} />}
              </Space>
              <Typography.Text strong ellipsis style={{ display: 'block', marginTop: 4 }}>{c.itemName}</Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                {c.number} · {c.assignee?.name ?? c.placeName}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
