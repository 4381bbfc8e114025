import { useCallback, useEffect, useState } from 'react';
import * as api from '../api/command';
import type { AlertLine } from '../api/commandTypes';
import { useLive } from './useLive';

/** The alerts the user may see, refreshed when one is pushed; acknowledge() signs one (签阅). */
export function useAlerts(onError: (e: unknown) => void) {
  const [alerts, setAlerts] = useState<AlertLine[]>();
  const load = useCallback(async () => {
    try { setAlerts(await api.alerts({ limit: 200 })); } catch (e) { onError(e); }
  }, [onError]);
  const connected = useLive({ onAlert: () => void load() });
  // Loaded again once pushes arrive, so nothing raised while the connection was being made is missed.
  useEffect(() => { void load(); }, [load, connected]);
  const acknowledge = useCallback(async (a: AlertLine) => {
    try { await api.acknowledge(a.id); await load(); } catch (e) { onError(e); }
  }, [load, onError]);
  return { alerts, acknowledge, reload: load };
}
