import { Button, Card, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { sheetOverview, type OverviewRow } from '../api/reports';
import { CollectionPage } from './CollectionPage';
import { reportMessages as m } from './messages';

interface Props { street: string; period: string; onError: (e: unknown) => void }

const color: Record<string, string> = { draft: 'blue', submitted: 'orange', approved: 'green', returned: 'red', none: 'default' };

/** A street's month: where each community's sheet stands; open one to approve or return it. */
export function ReviewPage({ street, period, onError }: Props) {
  const [rows, setRows] = useState<OverviewRow[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const reload = useCallback(() => { sheetOverview(street, period).then(setRows, onError); }, [street, period, onError]);
  useEffect(() => { if (/^\d{4}-\d{2}$/.test(period)) reload(); }, [reload, period]);
  return (
    <>
      <Card size="small">
        <Table rowKey="unit" size="small" pagination={false} dataSource={rows} data-testid="review-list"
          columns={[
            { title: m.community, dataIndex: 'name' },
            { title: m.period, render: () => period },
            { title: '', dataIndex: 'stateName', render: (v: string, r) => <Tag color={color[r.state]}>{v}</Tag> },
            { title: m.updatedAt, dataIndex: 'updatedAt', render: (v: string | null) => (v ? new Date(v).toLocaleString('zh-CN') : '') },
            { title: '', render: (_: unknown, r) => <Button size="small" onClick={() => setOpen(r.unit)} data-testid={`review-open-${r.unit}`}>{m.open}</Button> },
          ]} />
      </Card>
      {open && <div style={{ marginTop: 12 }}><CollectionPage unit={open} period={period} onError={onError} onReviewed={reload} /></div>}
    </>
  );
}
