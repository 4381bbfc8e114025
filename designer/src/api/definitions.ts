import type { FormDefinition } from '../forms';
import { get, query } from './http';
import type { CatalogCategory, DefinitionsSummary, Dictionaries, OrgUnit, PublicGroup, RouteView, SourceOption } from './views';

export const catalog = (q?: string, county?: string) => get<CatalogCategory[]>(`/api/catalog${query({ q, county })}`);
/** The public page's kinds of problem in citizens' words, as the county runs them. */
export const publicGroups = (county?: string) => get<PublicGroup[]>(`/api/catalog/groups${query({ county })}`);
export const orgUnit = (code: string) => get<OrgUnit>(`/api/org/${encodeURIComponent(code)}`);
export const formDefinition = (id: string, version?: number) =>
  get<FormDefinition>(`/api/forms/${encodeURIComponent(id)}${query({ version })}`);
/** The options of a named source (units, departments, users…) as the signed-in user may pick them. */
export const sourceOptions = (source: string) => get<SourceOption[]>(`/api/forms/sources/${encodeURIComponent(source)}`);
/** What the running package holds (the city's code and name among it), and whether its calendar needs an administrator's attention. */
export const definitionsSummary = () => get<DefinitionsSummary>('/api/definitions/summary');
/** Every code the browser shows with its name (channels, urgencies, statuses, steps, warnings …), as the server names them. */
export const dictionaries = (county?: string) => get<Dictionaries>(`/api/dictionaries${query({ county })}`);
/** Where the routes would send a case of this item from this grid, and why in words. */
export const route = (item: string, grid: string, channel?: string, urgency?: string) =>
  get<RouteView>(`/api/route${query({ item, grid, channel, urgency })}`);
