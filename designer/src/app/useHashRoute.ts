import { useEffect, useState } from 'react';

/** The path after '#' ('/report', '/task/abc'); '/' when empty. One bundle, hash routes, no server routes needed. */
export function useHashRoute(): [string, (path: string) => void] {
  const read = () => window.location.hash.replace(/^#/, '') || '/';
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [path, (p: string) => { window.location.hash = p; }];
}
