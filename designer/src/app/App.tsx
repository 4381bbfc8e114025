import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { ReportPage } from '../public/ReportPage';
import { ReportsShell } from '../reports/ReportsShell';
import { TrackPage } from '../public/TrackPage';
import { Workspace } from '../workspace/Workspace';
import { useHashRoute } from './useHashRoute';

/** One app: the public pages need no login; everything else is the handler workspace. */
export function App() {
  const [path, navigate] = useHashRoute();
  let page;
  // Exact routes: '/report' (the public page) is a prefix of '/reports' (the 一表通 pages).
  const route = path.split('?')[0];
  if (route === '/report') page = <ReportPage navigate={navigate} />;
  else if (route === '/reports' || route.startsWith('/reports/')) page = <ReportsShell path={route} navigate={navigate} />;
  else if (path.startsWith('/track')) page = <TrackPage path={path} navigate={navigate} />;
  else page = <Workspace path={path} navigate={navigate} />;
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif' } }}>
      <AntApp>{page}</AntApp>
    </ConfigProvider>
  );
}
