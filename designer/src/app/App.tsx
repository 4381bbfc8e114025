import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense } from 'react';
import { ReportPage } from '../public/ReportPage';
import { ReportsShell } from '../reports/ReportsShell';
import { TrackPage } from '../public/TrackPage';
import { Workspace } from '../workspace/Workspace';
import { pageOf } from './routes';
import { useCityZone } from './useCityZone';
import { useHashRoute } from './useHashRoute';

// The command center's pages carry the charts; the public and workspace pages load without them.
const ScreenPage = lazy(() => import('../command/screen/ScreenPage').then((x) => ({ default: x.ScreenPage })));
const AdminShell = lazy(() => import('../admin/AdminShell').then((x) => ({ default: x.AdminShell })));
const StatsPage = lazy(() => import('../command/stats/StatsPage').then((x) => ({ default: x.StatsPage })));

/** One app: the public pages need no login; everything else is the handler workspace. */
export function App() {
  const [path, navigate] = useHashRoute();
  const zoneReady = useCityZone();
  const route = path.split('?')[0];
  const page = {
    report: () => <ReportPage navigate={navigate} />,
    reports: () => <ReportsShell path={route} navigate={navigate} />,
    track: () => <TrackPage path={path} navigate={navigate} />,
    screen: () => <ScreenPage path={path} />,
    stats: () => <StatsPage path={path} navigate={navigate} />,
    admin: () => <AdminShell path={route} navigate={navigate} />,
    workspace: () => <Workspace path={path} navigate={navigate} />,
  }[pageOf(path)];
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif' } }}>
      <AntApp>{zoneReady ? <Suspense fallback={null}>{page()}</Suspense> : <Spin style={{ display: 'block', marginTop: '30vh' }} />}</AntApp>
    </ConfigProvider>
  );
}
