import { useEffect, useRef } from 'react';
import type { AlertLine, CaseLine, UnitFigures } from '../../api/commandTypes';
import { commandMessages as m } from '../../messages';
import { count, percent, shortTime } from '../model/format';

/** The units below, busiest first, with their on-time rate and satisfaction. */
export function UnitRanking({ units }: { units: UnitFigures[] }) {
  return (
    <table className="scr-table" data-testid="unit-ranking">
      <thead><tr><th>{m.unitName}</th><th>{m.reported}</th><th>{m.closed}</th><th>{m.onTimeRate}</th><th>{m.satisfaction}</th></tr></thead>
      <tbody>
        {units.slice(0, 5).map((u) => (
          <tr key={u.code}><td>{u.name}</td><td>{count(u.reported)}</td><td>{count(u.closed)}</td><td>{percent(u.onTimeRate)}</td><td>{percent(u.satisfaction)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

/** Alerts, newest change first, in their colour. */
export function AlertFeed({ alerts }: { alerts: AlertLine[] }) {
  if (alerts.length === 0) return <div style={{ color: '#8fb6ea', fontSize: 16 }}>{m.noAlerts}</div>;
  return (
    <ul className="scr-list scr-wrap" data-testid="screen-alerts">
      {alerts.slice(0, 4).map((a) => (
        <li key={`${a.id}-${a.updatedAt}`}>
          <span className={`tag scr-level-${a.level}`}>{a.levelName}</span>
          <span className="x" title={a.summary}>{a.summary}</span>
          <span className="t">{shortTime(a.updatedAt)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The latest cases; one that arrives while the screen is open flashes once. */
export function CaseFeed({ cases }: { cases: CaseLine[] }) {
  const seen = useRef(new Set<string>());
  const first = useRef(true);
  const fresh = new Set(first.current ? [] : cases.filter((c) => !seen.current.has(c.id)).map((c) => c.id));
  useEffect(() => { cases.forEach((c) => seen.current.add(c.id)); first.current = false; }, [cases]);
  if (cases.length === 0) return <div style={{ color: '#8fb6ea', fontSize: 16 }}>{m.noEvents}</div>;
  return (
    <ul className="scr-list" data-testid="screen-latest">
      {cases.slice(0, 5).map((c) => (
        <li key={c.id} className={fresh.has(c.id) ? 'fresh' : undefined}>
          <span className="t">{shortTime(c.reportedAt)}</span>
          <span className="x" title={c.description}>{c.itemName} · {c.placeName}</span>
          <span className="tag" style={{ border: '1px solid rgba(74,140,255,0.5)' }}>{c.statusName}</span>
        </li>
      ))}
    </ul>
  );
}

/** Open cases past or near their deadline, red warnings first. */
export function CaseWatch({ cases }: { cases: CaseLine[] }) {
  if (cases.length === 0) return <div style={{ color: '#8fb6ea', fontSize: 16 }}>{m.noCases}</div>;
  return (
    <ul className="scr-list">
      {cases.slice(0, 4).map((c) => (
        <li key={c.id}>
          <span className={`tag ${c.warning === 'Red' ? 'scr-level-red' : 'scr-level-yellow'}`}>{c.warning === 'Red' ? m.redTag : m.overdueTag}</span>
          <span className="x">{c.itemName} · {c.handlerName ?? c.placeName}</span>
          <span className="t">{c.deadline ? shortTime(c.deadline) : ''}</span>
        </li>
      ))}
    </ul>
  );
}
