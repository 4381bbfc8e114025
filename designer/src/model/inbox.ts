import type { InboxEntry } from '../api/views';

export interface InboxFilter { step?: string; warning?: string; text?: string }

/** The entries that pass the filter, soonest deadline first (no deadline last). */
export function filterInbox(entries: InboxEntry[], f: InboxFilter): InboxEntry[] {
  const words = (f.text ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  return entries
    .filter((e) => !f.step || e.task.step === f.step)
    .filter((e) => !f.warning || e.task.warning === f.warning)
    .filter((e) => {
      if (words.length === 0) return true;
      const c = e.case;
      const hay = [c.number, c.itemName, c.address ?? '', c.placeName, c.description, c.statusName].join(' ').toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => deadlineOf(a) - deadlineOf(b));
}

const deadlineOf = (e: InboxEntry) => (e.task.deadline ? Date.parse(e.task.deadline) : Number.MAX_SAFE_INTEGER);
