import { useCallback, useEffect, useRef, useState } from 'react';
import * as api from '../api/command';
import type { AlertLine, CaseLine, DashboardView } from '../api/commandTypes';
import { useLive } from './useLive';

/**
 * The dashboard for the signed-in viewer (or a unit inside its place), kept current without a reload: a pushed case
 * or alert is shown at once and the figures are fetched again a moment later (several arrivals, one fetch).
 */
export function useDashboard(unit: string | undefined, onError: (e: unknown) => void) {
  const [view, setView] = useState<DashboardView>();
  const [live, setLive] = useState<CaseLine[]>([]);
  const [liveAlerts, setLiveAlerts] = useState<AlertLine[]>([]);
  const timer = useRef<number>(undefined);
  const load = useCallback(async () => {
    try { setView(await api.dashboard(unit)); } catch (e) { onError(e); }
  }, [unit, onError]);
  const soon = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void load(), 800);
  }, [load]);
  useEffect(() => {
    void load();
    const every = window.setInterval(() => void load(), 60_000);
    return () => { window.clearInterval(every); window.clearTimeout(timer.current); };
  }, [load]);
  const inside = (code: string) => !unit || code.startsWith(unit);
  const connected = useLive({
    onCase: (c) => { if (inside(c.gridCode)) { setLive((l) => [c, ...l.filter((x) => x.id !== c.id)].slice(0, 30)); soon(); } },
    onAlert: (a) => { if (inside(a.placeCode)) { setLiveAlerts((l) => [a, ...l.filter((x) => x.id !== a.id)].slice(0, 30)); soon(); } },
  });
  // Fetched again once pushes arrive, so nothing that happened while the connection was being made is missed.
  useEffect(() => { if (connected) soon(); }, [connected, soon]);
  // What was pushed since the last fetch, ahead of what the fetch returned.
  const latest = view ? [...live.filter((c) => !view.latest.some((x) => x.id === c.id)), ...view.latest]
    .sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt)).slice(0, 15) : [];
  const alerts = view ? [...liveAlerts.filter((a) => !view.alerts.some((x) => x.id === a.id && x.updatedAt === a.updatedAt)),
    ...view.alerts.filter((a) => !liveAlerts.some((x) => x.id === a.id && x.updatedAt > a.updatedAt))] : [];
  return { view, latest, alerts, connected, reload: load };
}
