import type { IndicatorFormat } from '../../api/commandTypes';

/** A rate as a percentage with one decimal ("93.5%"); "—" for no data. */
export const percent = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);

/** An indicator value as its format says: rates as percentages, minutes and numbers with one decimal, counts whole. */
export function indicatorValue(value: number | null, format: IndicatorFormat): string {
  if (value === null) return '—';
  switch (format) {
    case 'percent': return percent(value);
    case 'count': return String(Math.round(value));
    default: return value.toFixed(1);
  }
}

/** Thousands grouped the Chinese way (no separator below 10,000: short numbers read better on a screen). */
export const count = (n: number) => (n >= 10_000 ? n.toLocaleString('zh-CN') : String(n));

/** A change against the period before: "+3", "−2", "0"; and whether it is up, down or level. */
export function change(now: number, before: number): { text: string; direction: 'up' | 'down' | 'level' } {
  const d = now - before;
  return { text: d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0', direction: d > 0 ? 'up' : d < 0 ? 'down' : 'level' };
}

/** A local time as HH:mm, or MM-DD HH:mm when not today. */
export function shortTime(iso: string, now = new Date()): string {
  const t = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(t.getHours())}:${pad(t.getMinutes())}`;
  return t.toDateString() === now.toDateString() ? hm : `${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${hm}`;
}
