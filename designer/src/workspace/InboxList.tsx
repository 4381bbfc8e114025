import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { InboxEntry } from '../api/views';
import { optionsOf, useDictionaries } from '../app/useDictionaries';
import { messages as m } from '../messages';
import { filterInbox, type InboxFilter } from '../model/inbox';
import { WarningTag } from './WarningTag';

interface Props {
  entries: InboxEntry[] | undefined;
  loading: boolean;
  selectedCase?: string;
  onOpen: (entry: InboxEntry) => void;
  onReload: () => void;
}

/** The inbox, soonest deadline first, with step, warning and text filters. */
export function InboxList({ entries, loading, selectedCase, onOpen, onReload }: Props) {
  const [filter, setFilter] = useState<InboxFilter>({});
  const shown = useMemo(() => filterInbox(entries ?? [], filter), [entries, filter]);
  const d = useDictionaries();
  const stepOptions = [{ value: '', label: m.all }, ...optionsOf(d?.steps)];
  const warningOptions = [{ value: '', label: m.all }, ...optionsOf(d?.warnings)];
  return (
    <Card size="small" title={`${m.inbox}（${m.taskCount(shown.length)}）`}
      extra={<Button size="small" icon={<ReloadOutlined />} onClick={onReload} aria-label={m.refresh}>{m.refresh}</Button>}>
      <Space orientation="vertical" style={{ width: '100%' }} size="small">
        <Input.Search allowClear placeholder={m.filterText} aria-label={m.filterText}
          onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))} />
        <Space.Compact block>
          <Select style={{ width: '50%' }} value={filter.step ?? ''} options={stepOptions} aria-label={m.filterStep}
            prefix={`${m.filterStep}：`} onChange={(step) => setFilter((f) => ({ ...f, step }))} />
          <Select style={{ width: '50%' }} value={filter.warning ?? ''} options={warningOptions} aria-label={m.filterWarning}
            prefix={`${m.filterWarning}：`} onChange={(warning) => setFilter((f) => ({ ...f, warning }))} />
        </Space.Compact>
      </Space>
      <List
        loading={loading && !entries}
        dataSource={shown}
        locale={{ emptyText: <Empty description={m.inboxEmpty} /> }}
        renderItem={(e) => (
          <List.Item
            key={e.task.id}
            data-testid="inbox-item"
            data-case={e.case.number}
            onClick={() => onOpen(e)}
            style={{ cursor: 'pointer', padding: '10px 8px', background: e.case.id === selectedCase ? '#e6f4ff' : undefined }}>
            <div style={{ width: '100%', minWidth: 0 }}>
              <Space size={4} wrap>
                <Tag color="processing">{e.task.stepName}</Tag>
                <WarningTag warning={e.task.warning} deadline={e.task.deadline} />
                {e.task.suspended && <Tag>{m.suspended}</Tag>}
              </Space>
              <Typography.Text strong ellipsis style={{ display: 'block', marginTop: 4 }}>{e.case.itemName}</Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                {e.case.number} · {e.case.placeName}{e.case.address ? ` · ${e.case.address}` : ''}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
