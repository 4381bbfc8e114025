import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/http';
import { commandMessages as m } from '../../messages';
import { EChart } from '../charts/EChart';
import { GridMap } from '../GridMap';
import { barOption, DarkTheme, ringOption, trendOption } from '../model/chartOptions';
import { count, percent } from '../model/format';
import { useDashboard } from '../useDashboard';
import { AlertFeed, CaseFeed, CaseWatch, UnitRanking } from './ScreenLists';

/** The board: today and the period on the left, the grid map and trend in the middle, rankings, alerts and live events on the right. */
export function ScreenBoard({ unit, onExpired }: { unit?: string; onExpired: () => void }) {
  const onError = useCallback((e: unknown) => { if (e instanceof ApiError && e.status === 401) onExpired(); }, [onExpired]);
  const { view, latest, alerts, connected } = useDashboard(unit, onError);
  const [days, setDays] = useState(7);
  const now = useClock();
  const trend = useMemo(() => view && trendOption(view.trend, days, { reported: m.reported, closed: m.closed }, DarkTheme), [view, days]);
  const channels = useMemo(() => view && ringOption(view.byChannel, DarkTheme), [view]);
  const categories = useMemo(() => view && barOption(view.byCategory, DarkTheme, 8), [view]);
  if (!view) return null;
  const p = view.period;
  return (
    <>
      <div className="scr-header">
        <div className="scr-meta" style={{ width: 420 }}>{now.toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' })}</div>
        <div className="scr-title" data-testid="screen-title">{m.screenTitle(view.scope.name)}</div>
        <div className="scr-meta" style={{ width: 420, justifyContent: 'flex-end' }}>
          <span className={connected ? 'scr-live' : 'scr-live off'} data-testid="live-state">{m.live}</span>
          <span style={{ fontFamily: 'DejaVu Sans Mono, monospace', fontSize: 28, color: '#e8f2ff' }}>{now.toLocaleTimeString('zh-CN', { hour12: false })}</span>
        </div>
      </div>
      <div className="scr-columns">
        <div className="scr-col">
          <section className="scr-panel">
            <h3>{m.today}</h3>
            <div className="scr-figures">
              <Figure label={m.todayReported} value={view.today.reported} testId="today-reported" />
              <Figure label={m.todayAccepted} value={view.today.accepted} />
              <Figure label={m.todayClosed} value={view.today.closed} />
              <Figure label={m.todayPending} value={view.today.pending} tone="warn" />
            </div>
          </section>
          <section className="scr-panel">
            <h3>{m.periodTotals(view.days)}</h3>
            <div className="scr-figures">
              <Figure label={m.reported} value={p.reported} />
              <Figure label={m.onTimeRate} text={percent(p.onTimeRate)} />
              <Figure label={m.satisfaction} text={percent(p.satisfaction)} />
              <Figure label={m.overdueOpen} value={p.overdueOpen} tone="alarm" />
            </div>
          </section>
          <section className="scr-panel" style={{ height: 250 }}>
            <h3>{m.byChannel}</h3>
            <div className="scr-body">{channels && <EChart option={channels} height={200} />}</div>
          </section>
          <section className="scr-panel" style={{ flex: 1 }}>
            <h3>{m.byCategory}</h3>
            <div className="scr-body">{categories && <EChart option={categories} height="100%" />}</div>
          </section>
        </div>
        <div className="scr-col">
          <section className="scr-panel" style={{ flex: 1 }}>
            <h3>{m.gridMap}<small>{m.periodTotals(view.days)}</small></h3>
            <div className="scr-body"><GridMap grids={view.grids} dark height={560} tile={24} /></div>
          </section>
          <section className="scr-panel" style={{ height: 330 }}>
            <h3>{m.trend}
              <span className="scr-toggle">
                <button className={days === 7 ? 'on' : ''} onClick={() => setDays(7)}>{m.days7}</button>
                <button className={days === 30 ? 'on' : ''} onClick={() => setDays(30)}>{m.days30}</button>
              </span>
            </h3>
            <div className="scr-body">{trend && <EChart option={trend} height={270} testId="trend-chart" />}</div>
          </section>
        </div>
        <div className="scr-col">
          <section className="scr-panel" style={{ height: 286 }}>
            <h3>{m.byUnit(null)}</h3>
            <div className="scr-body"><UnitRanking units={view.byUnit} /></div>
          </section>
          <section className="scr-panel" style={{ height: 250 }}>
            <h3>{m.alerts}<small>{alerts.length}</small></h3>
            <div className="scr-body"><AlertFeed alerts={alerts} /></div>
          </section>
          <section className="scr-panel" style={{ flex: 1 }}>
            <h3>{m.latest}</h3>
            <div className="scr-body"><CaseFeed cases={latest} /></div>
          </section>
          <section className="scr-panel" style={{ height: 180 }}>
            <h3>{m.overdueList}<small>{count(p.overdueOpen)} · {m.redList} {count(p.redOpen)}</small></h3>
            <div className="scr-body"><CaseWatch cases={[...view.redWarnings, ...view.overdue]} /></div>
          </section>
        </div>
      </div>
    </>
  );
}

function Figure({ label, value, text, tone, testId }: { label: string; value?: number; text?: string; tone?: 'warn' | 'alarm'; testId?: string }) {
  return (
    <div className={`scr-figure ${tone ?? ''}`}>
      <b data-testid={testId}>{text ?? count(value ?? 0)}</b><span>{label}</span>
    </div>
  );
}

function useClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(t);
  }, []);
  return now;
}
