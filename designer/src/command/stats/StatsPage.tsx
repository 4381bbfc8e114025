import { BarChartOutlined, DesktopOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Spin, Tabs, Typography } from 'antd';
import type { User } from '../../api/views';
import { commandMessages as c, messages as m } from '../../messages';
import { LoginPage } from '../../workspace/LoginPage';
import { useErrorToast } from '../../workspace/useErrorToast';
import { useSession } from '../../workspace/useSession';
import { AlertsTab } from './AlertsTab';
import { AssessmentTab } from './AssessmentTab';
import { BriefingsTab } from './BriefingsTab';
import { OverviewTab } from './OverviewTab';

interface Props { path: string; navigate: (path: string) => void }

const Tabs_ = ['overview', 'assessment', 'alerts', 'briefings'] as const;

/** #/stats: the statistics page of the workspace — figures, assessment ranking, alerts and briefings for the user's place. */
export function StatsPage({ path, navigate }: Props) {
  const session = useSession();
  if (session.user === undefined) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (session.user === null) return <LoginPage onLogin={session.login} />;
  return <Signed user={session.user} path={path} navigate={navigate} onLogout={session.logout} onExpired={session.expired} />;
}

function Signed({ user, path, navigate, onLogout, onExpired }: Props & { user: User; onLogout: () => void; onExpired: () => void }) {
  const toast = useErrorToast(onExpired);
  const tab = Tabs_.find((t) => path.startsWith(`/stats/${t}`)) ?? 'overview';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 24px', background: '#001d3d' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>{`${m.title} · ${c.statsTitle}`}</Typography.Text>
        <div style={{ flex: 1 }} />
        <Button size="small" onClick={() => navigate('/')}>{c.backToWorkspace}</Button>
        <Button size="small" icon={<DesktopOutlined />} href="#/screen" target="_blank">{c.openScreen}</Button>
        <span style={{ color: '#d6e4ff', whiteSpace: 'nowrap' }} data-testid="current-user">{user.name} · {user.departmentName ?? user.unitName}</span>
        <Button size="small" icon={<LogoutOutlined />} onClick={onLogout}>{m.logout}</Button>
      </Layout.Header>
      <Layout.Content style={{ padding: '8px 16px 16px' }}>
        <Tabs activeKey={tab} onChange={(k) => navigate(`/stats/${k}`)} items={[
          { key: 'overview', label: <span><BarChartOutlined /> {c.overview}</span>, children: tab === 'overview' && <OverviewTab onError={toast} /> },
          { key: 'assessment', label: c.assessment, children: tab === 'assessment' && <AssessmentTab onError={toast} /> },
          { key: 'alerts', label: c.alerts, children: tab === 'alerts' && <AlertsTab onError={toast} canAcknowledge={user.permissions.alerts} /> },
          { key: 'briefings', label: c.briefings, children: tab === 'briefings' && <BriefingsTab onError={toast} /> },
        ]} />
      </Layout.Content>
    </Layout>
  );
}
