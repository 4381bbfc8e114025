import type { FormDefinition, JsonObject } from '../forms';
import type { CatalogItem } from '../api/views';

/** What the public page asks itself; the item's intake form may ask more (矛盾纠纷: parties, amount…). */
export interface BasicReport {
  itemCode: string; itemName: string; description: string; gridCode: string; address: string; reporterName: string; phone: string;
}

/** Intake-form keys the page's own inputs fill, and which input shows their messages. */
export const BASIC_FIELDS: Record<string, keyof BasicReport | 'photos'> = {
  channel: 'itemCode', item: 'itemCode', urgency: 'itemCode', title: 'description', description: 'description',
  place: 'address', reporterName: 'reporterName', reporterPhone: 'phone', anonymous: 'reporterName', photos: 'photos', caseNo: 'itemCode',
};

/** The intake form's data: the page's inputs under the form's keys, plus what the extra fields hold. */
export function intakeFormData(form: FormDefinition, b: BasicReport, extra: JsonObject): JsonObject {
  const has = (k: string) => form.fields.some((f) => f.key === k);
  const data: JsonObject = { ...extra };
  const put = (k: string, v: JsonObject[string]) => { if (has(k)) data[k] = v; };
  put('channel', 'web');
  put('item', b.itemCode);
  put('title', `${b.itemName}：${b.description}`.slice(0, 50));
  put('description', b.description);
  put('place', { address: b.address, grid: b.gridCode });
  put('anonymous', 'no');
  put('reporterName', b.reporterName);
  put('reporterPhone', b.phone);
  return data;
}

/** The intake form an item uses: the server names it (the item's own, else its category's, else the generic one). */
export function intakeFormOf(item: CatalogItem): string {
  return item.form;
}
