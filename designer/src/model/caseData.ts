import type { JsonObject } from '../forms';
import type { CaseDetail, User } from '../api/views';
import { parseObject } from './json';

/**
 * The case as form expressions and defaults read it (`caseData`), the same keys the server gives them
 * (CaseService.Forms.cs): `assignee` is the person filling the form, so 经办人 starts with the signed-in handler.
 */
export function caseDataOf(d: CaseDetail, user: User): JsonObject {
  const c = d.case;
  return {
    user: user.username, userName: user.name,
    number: c.number, channel: c.channel, item: c.itemCode, category: c.category, urgency: c.urgency, description: c.description,
    grid: c.gridCode, address: c.address, assignee: user.username, assigneeUnit: c.assignee?.department ?? c.assignee?.unit ?? null,
    assigneeName: c.assignee?.name ?? null, itemName: c.itemName,
  };
}

/** What was saved for a form on this case ({formId: {version, data}}), the `previous` of the next submission. */
export function savedFormData(d: CaseDetail, formId: string): JsonObject | null {
  const entry = parseObject(d.form)?.[formId];
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const data = (entry as JsonObject).data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as JsonObject) : null;
}
