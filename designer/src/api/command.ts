import { get, post, query } from './http';
import type { AlertLine, AssessmentResult, AssessmentTrace, Briefing, BriefingList, DashboardView, SchemeInfo } from './commandTypes';

export const dashboard = (unit?: string, days?: number) => get<DashboardView>(`/api/dashboard${query({ unit, days })}`);

export const alerts = (params: { state?: string; level?: string; limit?: number } = {}) => get<AlertLine[]>(`/api/alerts${query(params)}`);
export const acknowledge = (id: string) => post<AlertLine>(`/api/alerts/${encodeURIComponent(id)}/acknowledge`);

export const schemes = () => get<SchemeInfo[]>('/api/assessment/schemes');
export const assessment = (period: string, level: string) => get<AssessmentResult>(`/api/assessment${query({ period, level })}`);
export const trace = (period: string, level: string, code: string, indicator?: string) =>
  get<AssessmentTrace>(`/api/assessment/trace${query({ period, level, code, indicator })}`);
export const assessmentExportUrl = (period: string, level: string) => `/api/assessment/export${query({ period, level })}`;

export const briefings = (definition?: string) => get<BriefingList>(`/api/briefings${query({ definition, limit: 100 })}`);
export const briefing = (id: string) => get<Briefing>(`/api/briefings/${encodeURIComponent(id)}`);
export const briefingExportUrl = (id: string) => `/api/briefings/${encodeURIComponent(id)}/export`;
export const briefingDocumentUrl = (id: string) => `/api/briefings/${encodeURIComponent(id)}/document`;
