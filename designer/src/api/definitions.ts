import type { FormDefinition } from '../forms';
import { get, query } from './http';
import type { CatalogCategory, OrgUnit, PublicGroup } from './types';

export const catalog = (q?: string, county?: string) => get<CatalogCategory[]>(`/api/catalog${query({ q, county })}`);
/** The public page's kinds of problem in citizens' words, as the county runs them. */
export const publicGroups = (county?: string) => get<PublicGroup[]>(`/api/catalog/groups${query({ county })}`);
export const orgUnit = (code: string) => get<OrgUnit>(`/api/org/${encodeURIComponent(code)}`);
export const formDefinition = (id: string, version?: number) =>
  get<FormDefinition>(`/api/forms/${encodeURIComponent(id)}${query({ version })}`);
/** The options of a named source (units, departments, users…) as the signed-in user may pick them. */
export const sourceOptions = (source: string) =>
  get<{ value: string; label: string }[]>(`/api/forms/sources/${encodeURIComponent(source)}`);
/** What the running package holds, and whether its calendar needs an administrator's attention. */
export const definitionsSummary = () => get<{ calendarYears: number[]; calendarWarning: string | null; timeZone: string }>('/api/definitions/summary');
