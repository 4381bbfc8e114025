import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import { LoginPage } from '../../workspace/LoginPage';
import { useSession } from '../../workspace/useSession';
import { ScreenBoard } from './ScreenBoard';
import './screen.css';

/** #/screen: the command hall's big screen for the signed-in center (its own place), 1920×1080 scaled to the display. */
export function ScreenPage({ path }: { path: string }) {
  const session = useSession();
  const scale = useScale();
  const unit = new URLSearchParams(path.split('?')[1] ?? '').get('unit') ?? undefined;
  if (session.user === undefined) return <Spin style={{ display: 'block', marginTop: '30vh' }} />;
  if (session.user === null) return <LoginPage onLogin={session.login} />;
  return (
    <div className="scr-viewport">
      <div className="scr-board" style={{ transform: `scale(${scale})` }} data-testid="big-screen">
        <ScreenBoard unit={unit} onExpired={session.expired} />
      </div>
    </div>
  );
}

function useScale() {
  const measure = () => Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
  const [scale, setScale] = useState(measure);
  useEffect(() => {
    const onResize = () => setScale(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
