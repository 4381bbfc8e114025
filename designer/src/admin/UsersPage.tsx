import { App, Button, Card, Col, Input, Modal, Popconfirm, Row, Space, Table, Tag, Tree, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import * as api from '../api/admin';
import type { AdminUser, OrgNode } from '../api/views';
import { useAdmin } from './context';
import { adminMessages as a } from './messages';

type TreeNode = { key: string; title: string; children: TreeNode[] };
const treeOf = (n: OrgNode): TreeNode => ({
  key: n.code,
  title: n.departments.length ? a.orgDepartments(n.name, n.departments.length) : n.name,
  children: n.children.map(treeOf),
});

/** 人员: the people this administrator may manage (search, 停用/启用, 重置密码) beside the org tree of the scope. */
export function UsersPage() {
  const { scope, onError } = useAdmin();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [list, setList] = useState<AdminUser[]>([]);
  const [tree, setTree] = useState<TreeNode>();
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [password, setPassword] = useState('');
  const load = useCallback(() => { api.users(q || undefined).then(setList, onError); }, [q, onError]);
  useEffect(load, [load]);
  useEffect(() => { api.org(scope.code).then((o) => setTree(treeOf(o)), onError); }, [scope.code, onError]);
  const act = async (f: () => Promise<void>, done: string) => { try { await f(); message.success(done); load(); } catch (e) { onError(e); } };
  return (
    <Row gutter={12}>
      <Col span={17}>
        <Card size="small" title={a.tabUsers} extra={<Typography.Text type="secondary">{a.addUserHint}</Typography.Text>}>
          <Input.Search allowClear placeholder={a.userSearch} onSearch={setQ} style={{ width: 320, marginBottom: 8 }} data-testid="user-search" />
          <Table<AdminUser> size="small" rowKey="username" dataSource={list} data-testid="user-table"
            pagination={{ pageSize: 10, size: 'small', showSizeChanger: false }}
            columns={[
              { title: a.username, dataIndex: 'username', width: 150 },
              { title: a.userName, dataIndex: 'name', width: 90 },
              { title: a.role, dataIndex: 'roleName', width: 110 },
              { title: a.unit, render: (_, u) => [u.unitName, u.departmentName].filter(Boolean).join(' · ') },
              { title: a.status, dataIndex: 'disabled', width: 80, render: (d: boolean) => (d ? <Tag color="red">{a.disabled}</Tag> : <Tag color="green">{a.enabled}</Tag>) },
              { title: a.actions, width: 170, render: (_, u) => (
                <Space size={4}>
                  {u.disabled
                    ? <Button size="small" data-testid={`enable-${u.username}`} onClick={() => void act(() => api.enableUser(u.username), a.userEnabled(u.name))}>{a.enable}</Button>
                    : (
                      <Popconfirm title={a.disableConfirm(u.name)} okText={a.ok} cancelText={a.cancel}
                        onConfirm={() => void act(() => api.disableUser(u.username), a.userDisabled(u.name))}>
                        <Button size="small" danger data-testid={`disable-${u.username}`}>{a.disable}</Button>
                      </Popconfirm>)}
                  <Button size="small" onClick={() => { setResetting(u); setPassword(''); }} data-testid={`password-${u.username}`}>{a.resetPassword}</Button>
                </Space>) },
            ]} />
        </Card>
      </Col>
      <Col span={7}>
        <Card size="small" title={a.orgTree} styles={{ body: { maxHeight: 560, overflow: 'auto' } }} data-testid="org-tree">
          {tree && <Tree treeData={[tree]} defaultExpandedKeys={[tree.key]} />}
        </Card>
      </Col>
      <Modal open={!!resetting} title={`${a.resetPassword} · ${resetting?.name ?? ''}`} onCancel={() => setResetting(null)} okText={a.save} cancelText={a.cancel}
        onOk={() => {
          if (!password) { message.warning(a.passwordRequired); return; }
          const u = resetting!;
          setResetting(null);
          void act(() => api.setPassword(u.username, password), a.passwordSet);
        }}>
        <Input.Password value={password} onChange={(e) => setPassword(e.target.value)} placeholder={a.newPassword} data-testid="new-password" />
      </Modal>
    </Row>
  );
}
