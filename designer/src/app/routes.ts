/** The pages of the one bundle; everything not public is the handler workspace (which asks to sign in). */
export type Page = 'report' | 'reports' | 'track' | 'screen' | 'stats' | 'admin' | 'workspace';

/**
 * The page of a hash path, matched on whole segments: '/report' is the public report page and '/reports' the 一表通
 * pages, never one for the other; '/track' and '/track/<number>' follow a case; '/screen' is the big screen, '/stats' the statistics, '/admin' the admin console.
 */
export function pageOf(path: string): Page {
  const first = path.split('?')[0].split('/').filter(Boolean)[0] ?? '';
  if (first === 'report') return 'report';
  if (first === 'reports') return 'reports';
  if (first === 'track') return 'track';
  if (first === 'screen') return 'screen';
  if (first === 'stats') return 'stats';
  if (first === 'admin') return 'admin';
  return 'workspace';
}
