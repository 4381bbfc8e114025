import { messages as m } from '../messages';
import type { Warning } from '../api/views';

/** antd Tag colours for each warning level; none is neutral. */
export const warningColor: Record<Warning, string> = {
  none: 'default', blue: 'blue', yellow: 'gold', red: 'red', overdue: 'magenta',
};

/** "剩余 3 小时" / "已超期 2 天" for a deadline as seen at `now`. */
export function deadlineText(deadline: string | null, now: number): string {
  if (!deadline) return m.noDeadline;
  const ms = Date.parse(deadline) - now;
  const span = duration(Math.abs(ms));
  return ms < 0 ? m.overdueBy(span) : m.remaining(span);
}

function duration(ms: number): string {
  const minutes = Math.floor(ms / 60000);
  if (minutes >= 24 * 60) return m.days(Math.floor(minutes / (24 * 60)));
  if (minutes >= 60) return m.hours(Math.floor(minutes / 60));
  return m.minutes(Math.max(1, minutes));
}

let cityZone: string | undefined;

/** The city's time zone from the package (the server's summary); every time is shown in it. */
export function setCityZone(zone: string | undefined) { cityZone = zone; }

/** "2026-11-22 09:30" in the city's time zone, whatever zone the browser's computer is set to. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: cityZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(d);
  const part = (t: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === t)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
