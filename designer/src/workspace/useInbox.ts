import { useCallback, useEffect, useState } from 'react';
import * as tasks from '../api/tasks';
import type { InboxEntry } from '../api/views';

/** The signed-in user's open tasks, refreshed every minute; reload() after acting. */
export function useInbox(onError: (e: unknown) => void) {
  const [entries, setEntries] = useState<InboxEntry[]>();
  const [loading, setLoading] = useState(false);
  const reload = useCallback(async () => {
    setLoading(true);
    try { setEntries(await tasks.inbox()); } catch (e) { onError(e); } finally { setLoading(false); }
  }, [onError]);
  useEffect(() => {
    void reload();
    // Warnings and new tasks arrive without the user doing anything: look again every minute.
    const timer = window.setInterval(() => { if (document.visibilityState === 'visible') void reload(); }, 60_000);
    return () => window.clearInterval(timer);
  }, [reload]);
  return { entries, loading, reload };
}
