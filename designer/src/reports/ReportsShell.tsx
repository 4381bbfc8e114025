import { LogoutOutlined } from '@ant-design/icons';
import { Button, Input, Layout, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { reportCatalog, type ReportCatalog } from '../api/reports';
import type { User } from '../api/types';
import { messages } from '../messages';
import { thisMonth } from '../model/reportGrid';
import { LoginPage } from '../workspace/LoginPage';
import { useErrorToast } from '../workspace/useErrorToast';
import { useSession } from '../workspace/useSession';
import { CollectionPage } from './CollectionPage';
import { reportMessages as m } from './messages';
import { ReportsPage } from './ReportsPage';
import { ReviewPage } from './ReviewPage';

interface Props { path: string; navigate: (path: string) => void }

/** The 一表通 pages for base-level staff and the center: #/reports, #/reports/collect, #/reports/review. */
export function ReportsShell({ path, navigate }: Props) {
  const session = useSession();
  if (session.user === undefined) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (session.user === null) return <LoginPage onLogin={session.login} />;
  return <SignedIn user={session.user} path={path} navigate={navigate} onLogout={session.logout} onExpired={session.expired} />;
}

function SignedIn({ user, path, navigate, onLogout, onExpired }: Props & { user: User; onLogout: () => void; onExpired: () => void }) {
  const toast = useErrorToast(onExpired);
  const [catalog, setCatalog] = useState<ReportCatalog | null>(null);
  const [period, setPeriod] = useState(thisMonth());
  useEffect(() => { reportCatalog().then(setCatalog, toast); }, [toast]);
  const tab = path === '/reports/collect' ? 'collect' : path === '/reports/review' ? 'review' : 'reports';
  if (!catalog) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  const items = [
    { key: 'reports', label: m.tabReports, children: <ReportsPage catalog={catalog} period={period} setPeriod={setPeriod} onError={toast} /> },
    ...(catalog.fillUnit ? [{ key: 'collect', label: m.tabCollect, children: <CollectionPage unit={catalog.fillUnit} period={period} onError={toast} /> }] : []),
    ...(catalog.reviewUnit ? [{ key: 'review', label: m.tabReview, children: <ReviewPage street={catalog.reviewUnit} period={period} onError={toast} /> }] : []),
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 24px', background: '#001d3d' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>{`${messages.title} · ${m.title}`}</Typography.Text>
        <div style={{ flex: 1 }} />
        {tab !== 'reports' && <Input style={{ width: 110 }} value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="sheet-period" />}
        <span style={{ color: '#d6e4ff' }} data-testid="current-user">{`${user.name} · ${user.departmentName ?? user.unitName} · ${user.roleName}`}</span>
        <Button size="small" onClick={() => navigate('/')}>{m.toWorkspace}</Button>
        <Button size="small" icon={<LogoutOutlined />} onClick={onLogout}>{messages.logout}</Button>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Tabs activeKey={tab} onChange={(k) => navigate(k === 'reports' ? '/reports' : `/reports/${k}`)} items={items} />
      </Layout.Content>
    </Layout>
  );
}
