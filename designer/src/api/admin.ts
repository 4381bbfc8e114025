import { get, post, query, request } from './http';
import type {
  AdminUser, CountyBaseline, DeadlinePreview, DocumentContent, DocumentInfo, DraftCheck, OrgNode, OverrideKind, PackageDiff,
  PackageVersion, Problem, RouteTest, ScopeInfo,
} from './views';

// The admin console's calls (README "API for the admin console"); the server checks every scope and person.
const pkg = (scope: string) => `/api/admin/packages/${encodeURIComponent(scope)}`;
const doc = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export const scopes = () => get<ScopeInfo[]>('/api/admin/scopes');
export const documents = (scope: string) => get<DocumentInfo[]>(`${pkg(scope)}/documents`);
export const document = (scope: string, path: string, opts: { draft?: boolean; version?: number } = {}) =>
  get<DocumentContent>(`${pkg(scope)}/documents/${doc(path)}${query({ draft: opts.draft ? 'true' : undefined, version: opts.version })}`);
export const putDraft = (scope: string, path: string, content: unknown) => request<DraftCheck>('PUT', `${pkg(scope)}/drafts/${doc(path)}`, content);
export const dropDraft = (scope: string, path: string) => request<DraftCheck>('DELETE', `${pkg(scope)}/drafts/${doc(path)}`);
export const discardDraft = (scope: string) => request<void>('DELETE', `${pkg(scope)}/drafts`);
export const validate = (scope: string) => post<DraftCheck>(`${pkg(scope)}/validate`);
export const publish = (scope: string, comment: string) => post<PackageVersion>(`${pkg(scope)}/publish`, { comment });
export const versions = (scope: string) => get<PackageVersion[]>(`${pkg(scope)}/versions`);
export const history = (scope: string, path: string) => get<PackageVersion[]>(`${pkg(scope)}/history${query({ path })}`);
export const diff = (scope: string, from: string, to: string) => get<PackageDiff>(`${pkg(scope)}/diff${query({ from, to })}`);
export const restore = (scope: string, version: number, comment: string) =>
  post<PackageVersion>(`${pkg(scope)}/versions/${version}/restore`, { comment });
export const routeTest = (scope: string, p: { item: string; grid: string; channel?: string; urgency?: string; draft?: boolean }) =>
  get<RouteTest>(`${pkg(scope)}/route-test${query({ ...p, draft: p.draft ? 'true' : undefined })}`);
export const coverage = (scope: string, draft: boolean) => get<Problem[]>(`${pkg(scope)}/coverage${query({ draft: draft ? 'true' : undefined })}`);
export const deadlinePreview = (scope: string, p: { from: string; item?: string; urgency?: string; draft?: boolean }) =>
  get<DeadlinePreview>(`${pkg(scope)}/deadline-preview${query({ ...p, draft: p.draft ? 'true' : undefined })}`);
export const baseline = (county: string, draft: boolean) => get<CountyBaseline>(`${pkg(county)}/baseline${query({ draft: draft ? 'true' : undefined })}`);
export const resetToCity = (county: string, kind: OverrideKind, key: string | null) => post<DraftCheck>(`${pkg(county)}/reset-to-city`, { kind, key });
export const users = (q?: string) => get<AdminUser[]>(`/api/admin/users${query({ q })}`);
export const disableUser = (u: string) => post<void>(`/api/admin/users/${encodeURIComponent(u)}/disable`);
export const enableUser = (u: string) => post<void>(`/api/admin/users/${encodeURIComponent(u)}/enable`);
export const setPassword = (u: string, password: string) => post<void>(`/api/admin/users/${encodeURIComponent(u)}/password`, { password });
export const org = (scope: string) => get<OrgNode>(`/api/admin/org${query({ scope })}`);
