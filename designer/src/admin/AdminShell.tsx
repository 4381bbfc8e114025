import { LogoutOutlined } from '@ant-design/icons';
import { Alert, Button, Layout, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import * as api from '../api/admin';
import type { ScopeInfo, User } from '../api/views';
import { messages } from '../messages';
import { LoginPage } from '../workspace/LoginPage';
import { useErrorToast } from '../workspace/useErrorToast';
import { useSession } from '../workspace/useSession';
import { CalendarPage } from './CalendarPage';
import { CatalogPage } from './CatalogPage';
import { AdminContext, type AdminScope } from './context';
import { DocumentsPage } from './DocumentsPage';
import { DraftBar } from './DraftBar';
import { LimitsPage } from './LimitsPage';
import { adminMessages as a } from './messages';
import { RoutesPage } from './RoutesPage';
import { UsersPage } from './UsersPage';

interface Props { path: string; navigate: (path: string) => void }

const tabs = ['catalog', 'routes', 'limits', 'calendar', 'users', 'documents'] as const;

/** The admin console, #/admin/<tab>: a scope the server lets this administrator see, its editors and its draft bar. */
export function AdminShell({ path, navigate }: Props) {
  const session = useSession();
  if (session.user === undefined) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (session.user === null) return <LoginPage onLogin={session.login} />;
  return <SignedIn user={session.user} path={path} navigate={navigate} onLogout={session.logout} onExpired={session.expired} />;
}

function SignedIn({ user, path, navigate, onLogout, onExpired }: Props & { user: User; onLogout: () => void; onExpired: () => void }) {
  const onError = useErrorToast(onExpired);
  const [scopes, setScopes] = useState<ScopeInfo[]>();
  const [code, setCode] = useState<string>();
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((r) => r + 1), []);
  useEffect(() => {
    if (!user.permissions.admin) return;
    api.scopes().then((s) => { setScopes(s); setCode((c) => c ?? s[0]?.code); }, onError);
  }, [user.permissions.admin, onError, revision]);
  const scope = scopes?.find((s) => s.code === code);
  const context = useMemo<AdminScope | null>(() => scope
    ? { scope, county: scope.kind === 'county', revision, changed, onError } : null, [scope, revision, changed, onError]);
  const tab = tabs.find((t) => path.startsWith(`/admin/${t}`)) ?? 'limits';
  const pages: Record<(typeof tabs)[number], { label: string; render: () => React.ReactNode }> = {
    catalog: { label: a.tabCatalog, render: () => <CatalogPage /> },
    routes: { label: a.tabRoutes, render: () => <RoutesPage /> },
    limits: { label: a.tabLimits, render: () => <LimitsPage /> },
    calendar: { label: a.tabCalendar, render: () => <CalendarPage /> },
    users: { label: a.tabUsers, render: () => <UsersPage /> },
    documents: { label: a.tabDocuments, render: () => <DocumentsPage /> },
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 24px', background: '#001d3d' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>{`${messages.title} · ${a.adminTitle}`}</Typography.Text>
        {scopes && (
          <Select style={{ width: 220 }} value={code} onChange={setCode} data-testid="admin-scope" aria-label={a.scope} prefix={a.labelled(a.scope)}
            options={scopes.map((s) => ({ value: s.code, label: s.name }))} />
        )}
        {scope && <Tag color="blue">{`${scope.kind === 'county' ? a.scopeCounty : a.scopeCity} · ${a.scopeVersion(scope.version)}`}</Tag>}
        <div style={{ flex: 1 }} />
        <span style={{ color: '#d6e4ff' }} data-testid="current-user">{`${user.name} · ${user.departmentName ?? user.unitName} · ${user.roleName}`}</span>
        <Button size="small" onClick={() => navigate('/')}>{a.toWorkspace}</Button>
        <Button size="small" icon={<LogoutOutlined />} onClick={onLogout}>{messages.logout}</Button>
      </Layout.Header>
      <Layout.Content style={{ padding: '8px 16px' }}>
        {!user.permissions.admin && <Alert type="warning" showIcon title={a.notAdmin} />}
        {context && (
          <AdminContext.Provider value={context}>
            {!scope?.editable && <Alert type="info" showIcon title={a.readOnly} style={{ marginBottom: 8 }} />}
            <DraftBar />
            <Tabs activeKey={tab} onChange={(k) => navigate(`/admin/${k}`)} destroyOnHidden
              items={tabs.map((t) => ({ key: t, label: pages[t].label, children: pages[t].render() }))} />
          </AdminContext.Provider>
        )}
      </Layout.Content>
    </Layout>
  );
}
