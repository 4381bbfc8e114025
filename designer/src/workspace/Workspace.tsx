import { BarChartOutlined, LogoutOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, Layout, Spin, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { definitionsSummary } from '../api/definitions';
import { CenterAlerts } from '../command/CenterAlerts';
import { IntakeModelsPage } from '../intake/IntakeModelsPage';
import { adminMessages, commandMessages as c, messages as m } from '../messages';
import { CasePane } from './CasePane';
import { AuditList } from './AuditList';
import { CaseSearchList } from './CaseSearchList';
import { InboxList } from './InboxList';
import { LoginPage } from './LoginPage';
import { useErrorToast } from './useErrorToast';
import { useInbox } from './useInbox';
import { useSession } from './useSession';
import type { User } from '../api/views';

interface Props { path: string; navigate: (path: string) => void }

/** The handler workspace: sign in, then the inbox beside the open case (one or the other on a phone). */
const dismissedKey = 'governance.calendarWarning.dismissed';

export function Workspace({ path, navigate }: Props) {
  const session = useSession();
  if (session.user === undefined) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (session.user === null) return <LoginPage onLogin={session.login} />;
  return <SignedIn user={session.user} path={path} navigate={navigate} onLogout={session.logout} onExpired={session.expired} />;
}

function SignedIn({ user, path, navigate, onLogout, onExpired }: Props & { user: User; onLogout: () => void; onExpired: () => void }) {
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const toast = useErrorToast(onExpired);
  const inbox = useInbox(toast);
  const caseId = /^\/case\/([^/?]+)/.exec(path)?.[1];
  // The server says where this user starts (supervisors and administrators have no tasks of their own: the case
  // search), whether they are told when the calendar is about to run out (limits into next year cannot be computed)
  // and whether they sign the center's early-warning alerts.
  const { calendarWarning: warned, startTab } = user.permissions;
  const [calendarWarning, setCalendarWarning] = useState<string | null>(null);
  useEffect(() => {
    if (!warned) return;
    // Once: a warning closed stays closed in this browser until its text changes (a new year, a new gap).
    definitionsSummary().then((s) => setCalendarWarning(s.calendarWarning && localStorage.getItem(dismissedKey) !== s.calendarWarning ? s.calendarWarning : null),
      () => undefined);
  }, [warned]);
  const [tab, setTab] = useState(startTab);
  const entry = inbox.entries?.find((e) => e.case.id === caseId);
  const back = useCallback(() => navigate('/'), [navigate]);
  // Moving between cases and the inbox shows the inbox as it is now (others act on tasks meanwhile).
  const first = useRef(true);
  const { reload } = inbox;
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    void reload();
  }, [caseId, reload]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: narrow ? '0 12px' : '0 24px', background: '#001d3d' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: narrow ? 15 : 18, whiteSpace: 'nowrap' }}>
          {narrow ? m.workspace : `${m.title} · ${m.workspace}`}
        </Typography.Text>
        <div style={{ flex: 1 }} />
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, lineHeight: 'normal' }}>
          {!narrow && <Button size="small" icon={<BarChartOutlined />} onClick={() => navigate('/stats')} data-testid="open-stats">{c.statsTitle}</Button>}
          <span style={{ color: '#d6e4ff', maxWidth: narrow ? 150 : 460, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            data-testid="current-user">
            {user.name}{narrow ? '' : ` · ${user.departmentName ?? user.unitName} · ${user.roleName}`}
          </span>
          {user.permissions.admin && !narrow && (
            <Button size="small" onClick={() => navigate('/admin')} data-testid="open-admin">{adminMessages.adminEntry}</Button>
          )}
          {['city-admin', 'county-admin'].includes(user.role) && !narrow && (
            <Button size="small" onClick={() => navigate('/models')}>{m.models}</Button>
          )}
          <Button size="small" icon={<LogoutOutlined />} onClick={onLogout} aria-label={m.logout}>{narrow ? '' : m.logout}</Button>
        </div>
      </Layout.Header>
      <Layout.Content className="gov-workspace">
        {calendarWarning && <Alert type="warning" showIcon closable onClose={() => localStorage.setItem(dismissedKey, calendarWarning)} banner
          title={m.calendarWarning} description={calendarWarning} data-testid="calendar-warning" />}
        {path === '/models' ? <IntakeModelsPage onError={toast} onBack={back} /> : <div className="gov-split">
          {(!narrow || !caseId) && (
            <div className="gov-list" style={narrow ? { width: '100%' } : undefined}>
              <Tabs activeKey={tab} onChange={setTab} size="small" className="gov-list-tabs" items={[
                { key: 'inbox', label: m.inbox, children: (
                  <InboxList entries={inbox.entries} loading={inbox.loading} selectedCase={caseId} onReload={inbox.reload}
                    onOpen={(e) => navigate(`/case/${e.case.id}`)} />) },
                { key: 'search', label: m.caseSearch, children: (
                  <CaseSearchList selectedCase={caseId} onError={toast} onOpen={(found) => navigate(`/case/${found.id}`)} />) },
                ...(user.permissions.alerts ? [{ key: 'alerts', label: c.alerts, children: <CenterAlerts onError={toast} /> }] : []),
                // Administrators read the audit log (the server refuses everyone else).
                ...(user.permissions.admin ? [{ key: 'audit', label: m.auditLog, children: <AuditList onError={toast} /> }] : []),
              ]} />
            </div>
          )}
          {caseId && (
            <div className="gov-detail">
              <CasePane key={caseId} caseId={caseId} task={entry?.task} user={user} narrow={narrow} onBack={back} onError={toast}
                onActed={inbox.reload} />
            </div>
          )}
          {!caseId && !narrow && (
            <div className="gov-detail"><Typography.Paragraph type="secondary" style={{ marginTop: 48, textAlign: 'center' }}>{tab === 'search' ? m.selectCase : m.selectTask}</Typography.Paragraph></div>
          )}
        </div>}
      </Layout.Content>
    </Layout>
  );
}
