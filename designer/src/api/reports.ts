import type { JsonObject } from '../forms';
import type { FormDefinition } from '../forms';
import { get, post, query, request } from './http';

export interface ReportSummary { id: string; name: string; issuer: string; cycle: string; rows: string }
export interface UnitOption { code: string; name: string; level: string; parent: string | null }
export interface ReportCatalog { reports: ReportSummary[]; elements: number; domains: number; homeUnit: string; units: UnitOption[]; fillUnit: string | null; reviewUnit: string | null }
export interface Burden { manualElements: number; derivedElements: number; reports: number; cells: number; text: string }
export interface HeaderCell { row: number; column: number; rowSpan: number; columnSpan: number; text: string; note: string | null }
export interface ColumnView { title: string; format: 'integer' | 'decimal' | 'percent'; width: number; note: string | null }
export interface RowView { key: string; label: string; kind: 'total' | 'subtotal' | 'detail'; depth: number; values: (number | null)[] }
export interface ReportView {
  id: string; title: string; issuer: string; unitCode: string; unitName: string; period: string; periodLabel: string; headerRows: number;
  header: HeaderCell[]; columns: ColumnView[]; rows: RowView[]; notes: string[]; frozenColumns: number;
}
export interface ExportJob { id: string; kind: string; state: 'queued' | 'running' | 'done' | 'failed'; done: number; total: number; fileName: string | null; error: string | null; download: string | null }
export interface JournalEntry { unitCode: string; period: string; revision: number; at: string; action: string; actor: string; actorName: string; comment: string | null; changesJson: string | null }
export interface CollectionSheet {
  unitCode: string; unitName: string; period: string; revision: number; state: 'Draft' | 'Submitted' | 'Approved' | 'Returned'; stateName: string; stored: boolean;
  prefilledFrom: string | null; reason: string | null; reviewComment: string | null; version: number; form: FormDefinition; data: JsonObject;
  actions: string[]; journal: JournalEntry[]; manualCount: number; derivedCount: number;
}
export interface OverviewRow { unit: string; name: string; level: string; state: string; stateName: string; revision: number; submittedBy: string | null; updatedAt: string | null }
export interface UploadResult { accepted: number; errors: { cell: string; code: string; message: string }[]; sheet: CollectionSheet }

export const reportCatalog = () => get<ReportCatalog>('/api/reports');
export const burden = (unit: string, period: string) => get<Burden>(`/api/reports/burden${query({ unit, period })}`);
export const reportPreview = (id: string, unit: string, period: string) => get<ReportView>(`/api/reports/${encodeURIComponent(id)}${query({ unit, period })}`);
export const reportWorkbookUrl = (id: string, unit: string, period: string) => `/api/reports/${encodeURIComponent(id)}/xlsx${query({ unit, period })}`;
export const queueExport = (kind: string, unit: string, period: string, report?: string) => post<ExportJob>('/api/reports/exports', { kind, unit, period, report });
export const exportJob = (id: string) => get<ExportJob>(`/api/reports/exports/${id}`);

const sheetUrl = (unit: string, period: string) => `/api/collections/${unit}/${period}`;
export const openSheet = (unit: string, period: string) => get<CollectionSheet>(sheetUrl(unit, period));
export const saveSheet = (unit: string, period: string, data: JsonObject, version: number | null, submit: boolean) =>
  request<CollectionSheet>('PUT', sheetUrl(unit, period), { data, version, submit });
export const reviewSheet = (unit: string, period: string, approve: boolean, comment?: string) => post<CollectionSheet>(`${sheetUrl(unit, period)}/review`, { approve, comment });
export const correctSheet = (unit: string, period: string, reason: string) => post<CollectionSheet>(`${sheetUrl(unit, period)}/correct`, { reason });
export const sheetOverview = (street: string, period: string) => get<OverviewRow[]>(`${sheetUrl(street, period)}/overview`);
export const sheetWorkbookUrl = (unit: string, period: string) => `${sheetUrl(unit, period)}/xlsx`;
export function uploadSheet(unit: string, period: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return post<UploadResult>(`${sheetUrl(unit, period)}/xlsx`, form);
}
