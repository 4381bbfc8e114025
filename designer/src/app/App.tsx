import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { ReportPage } from '../public/ReportPage';
import { ReportsShell } from '../reports/ReportsShell';
import { TrackPage } from '../public/TrackPage';
import { Workspace } from '../workspace/Workspace';
import { pageOf } from './routes';
import { useCityZone } from './useCityZone';
import { useHashRoute } from './useHashRoute';

/** One app: the public pages need no login; everything else is the handler workspace. */
export function App() {
  const [path, navigate] = useHashRoute();
  const zoneReady = useCityZone();
  const route = path.split('?')[0];
  const page = {
    report: () => <ReportPage navigate={navigate} />,
    reports: () => <ReportsShell path={route} navigate={navigate} />,
    track: () => <TrackPage path={path} navigate={navigate} />,
    workspace: () => <Workspace path={path} navigate={navigate} />,
  }[pageOf(path)];
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif' } }}>
      <AntApp>{zoneReady ? page() : <Spin style={{ display: 'block', marginTop: '30vh' }} />}</AntApp>
    </ConfigProvider>
  );
}
