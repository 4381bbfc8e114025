import type { JsonObject } from '../forms';
import type { CaseDetail } from '../api/types';
import { parseObject } from './json';

/** The case as forms read it (defaultFrom, `caseData` in expressions). */
export function caseDataOf(d: CaseDetail): JsonObject {
  const c = d.case;
  const place: JsonObject = { address: c.address ?? '', grid: c.gridCode };
  if (d.longitude !== null && d.latitude !== null) { place.lng = d.longitude; place.lat = d.latitude; }
  return {
    number: c.number, channel: c.channel, item: c.itemCode, category: c.category, urgency: c.urgency, description: c.description,
    place, reporter: { name: d.reporter.name, phone: d.reporter.phone },
    assignee: c.assignee?.name ?? null, status: c.status,
    form: parseObject(d.form),
  };
}
