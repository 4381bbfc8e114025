import { get, query } from './http';

/** One line of the audit log: who did what to what, when and from where. */
export interface AuditLine {
  at: string; actor: string; actorName: string | null; role: string | null; unit: string | null; kind: string; kindName: string;
  target: string | null; detail: string | null; address: string | null; county: string | null;
}

export interface AuditPage { items: AuditLine[]; total: number; page: number; pageSize: number; kinds: { code: string; name: string }[] }

/** Administrators only; a county's administrator gets its county's lines. */
export const auditLog = (params: Record<string, string | number | undefined>) => get<AuditPage>(`/api/admin/audit${query(params)}`);
