import { get, post, query, request } from './http';
import type { Attachment, CaseDetail, CaseSummary, IntakeResult } from './views';

export interface IntakeBody {
  channel: string; itemCode: string; urgency?: string; description: string; gridCode?: string; address?: string;
  longitude?: number; latitude?: number; reporterName?: string; reporterPhone?: string; form?: Record<string, unknown>;
}

export const caseDetail = (id: string) => get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
export const searchCases = (params: Record<string, string | number | undefined>) =>
  get<{ items: CaseSummary[]; total: number; page: number; pageSize: number }>(`/api/cases${query(params)}`);
/** The idempotency key makes a repeated submit (double click, retry after a lost answer) return the same case. */
export const report = (body: IntakeBody, idempotencyKey: string) => post<IntakeResult>('/api/cases', body, { 'Idempotency-Key': idempotencyKey });
export const urge = (id: string, comment: string) => post<CaseSummary>(`/api/cases/${encodeURIComponent(id)}/urge`, { comment });

export function uploadAttachment(caseId: string, file: File, step?: string): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  if (step) form.append('step', step);
  return request<Attachment>('POST', `/api/cases/${encodeURIComponent(caseId)}/attachments`, form);
}
