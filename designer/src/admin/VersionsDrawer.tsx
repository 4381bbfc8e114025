import { App, Button, Drawer, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import * as api from '../api/admin';
import type { PackageDiff, PackageVersion } from '../api/views';
import { useAdmin } from './context';
import { DiffView } from './DiffView';
import { adminMessages as a } from './messages';

/** The scope's versions (who, when, comment, documents changed), 对比 any two (or the draft), 恢复 one as a new version. */
export function VersionsDrawer({ onClose }: { onClose: () => void }) {
  const { scope, revision, changed, onError } = useAdmin();
  const { message } = App.useApp();
  const [list, setList] = useState<PackageVersion[]>([]);
  const [from, setFrom] = useState<string>();
  const [to, setTo] = useState<string>();
  const [diff, setDiff] = useState<PackageDiff>();
  useEffect(() => {
    api.versions(scope.code).then((v) => {
      setList(v);
      setTo(String(v[0]?.version ?? 1));
      setFrom(String(v[1]?.version ?? v[0]?.version ?? 1));
    }, onError);
  }, [scope.code, revision, onError]);
  const compare = async () => {
    if (!from || !to) return;
    try { setDiff(await api.diff(scope.code, from, to)); } catch (e) { onError(e); }
  };
  const restore = async (v: PackageVersion) => {
    try {
      const made = await api.restore(scope.code, v.version, a.restoreComment(v.version));
      message.success(a.restored(v.version, made.version));
      changed();
    } catch (e) { onError(e); }
  };
  const options = [{ value: 'draft', label: a.draftVersion }, ...list.map((v) => ({ value: String(v.version), label: a.scopeVersion(v.version) }))];
  return (
    <Drawer open onClose={onClose} size={1180} title={`${scope.name} · ${a.versions}`} data-testid="versions-drawer">
      <Table<PackageVersion> size="small" rowKey="version" dataSource={list} data-testid="version-list"
        pagination={list.length > 6 ? { pageSize: 6, size: 'small' } : false}
        columns={[
          { title: a.version, dataIndex: 'version', width: 70, render: (n: number, v) => (
            <Space size={4}>{a.scopeVersion(n)}{v.restoredFrom && <Tag>{a.restoredFrom(v.restoredFrom)}</Tag>}</Space>) },
          { title: a.publishedAt, dataIndex: 'publishedAt', width: 150, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm:ss') },
          { title: a.publishedBy, dataIndex: 'publishedBy', width: 110 },
          { title: a.comment, dataIndex: 'comment' },
          { title: a.changedDocs, dataIndex: 'changed', render: (c: string[]) => <Typography.Text type="secondary">{c.join(a.join)}</Typography.Text> },
          { title: a.actions, width: 80, render: (_, v) => scope.editable && v.version !== list[0]?.version && (
            <Popconfirm title={a.restoreConfirm(v.version)} onConfirm={() => void restore(v)} okText={a.ok} cancelText={a.cancel}>
              <Button size="small" data-testid={`restore-${v.version}`}>{a.restore}</Button>
            </Popconfirm>) },
        ]} />
      <Space style={{ margin: '12px 0' }}>
        {a.diffFrom}
        <Select style={{ width: 120 }} value={from} onChange={setFrom} options={options} data-testid="diff-from" aria-label={a.diffFrom} />
        {a.diffTo}
        <Select style={{ width: 120 }} value={to} onChange={setTo} options={options} data-testid="diff-to" aria-label={a.diffTo} />
        <Button type="primary" onClick={() => void compare()} data-testid="compare">{a.compare}</Button>
      </Space>
      {diff && <DiffView diff={diff} />}
    </Drawer>
  );
}
