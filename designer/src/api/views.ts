// The server's answers by name: each an alias of a schema generated from its OpenAPI document (./types.ts), so the
// browser's types change when the server's do and are never kept by hand.
import type { components } from './types';

type Schemas = components['schemas'];

export type User = Schemas['UserView'];
export type UserPermissions = Schemas['UserPermissions'];
export type CaseSummary = Schemas['CaseSummary'];
export type Assignee = Schemas['AssigneeView'];
export type TaskView = Schemas['TaskView'];
export type FormRef = Schemas['FormRef'];
export type InboxEntry = Schemas['InboxEntry'];
export type JournalEntry = Schemas['JournalView'];
export type Attachment = Schemas['AttachmentView'];
export type CaseDetail = Schemas['CaseDetail'];
export type CatalogItem = Schemas['CatalogItemView'];
export type CatalogCategory = Schemas['CatalogCategoryView'];
export type OrgUnit = Schemas['OrgUnitView'];
export type IntakeResult = Schemas['IntakeView'];
export type PublicCase = Schemas['PublicCase'];
export type Warning = Schemas['WarningLevel'];
export type ActionView = Schemas['ActionView'];
export type ActionField = Schemas['ActionField'];
export type RouteView = Schemas['RouteView'];
export type Dictionaries = Schemas['Dictionaries'];
export type CodeName = Schemas['CodeName'];
export type DefinitionsSummary = Schemas['DefinitionsSummary'];
export type SourceOption = Schemas['SourceOption'];

/** A file stored in a form's attachment field (form data the browser keeps, not an answer of the API). */
export interface FileValue { id: string; name: string; type: string; size: number; url: string }
export type DuplicateView = Schemas['DuplicateView'];
export type PublicGroup = Schemas['PublicGroupView'];
export type MapView = Schemas['MapView'];
export type Located = Schemas['Located'];
export type PlaceHit = Schemas['PlaceHit'];
/** A point in WGS 84 degrees (the server's Centroid). */
export type LatLon = Schemas['Centroid'];
export type ScopeInfo = Schemas['ScopeInfo'];
export type DocumentInfo = Schemas['DocumentInfo'];
export type DocumentContent = Schemas['DocumentContent'];
export type DraftCheck = Schemas['DraftCheckView'];
export type Problem = Schemas['ProblemView'];
export type PackageVersion = Schemas['PackageVersion'];
export type PackageDiff = Schemas['PackageDiff'];
export type DocumentDiff = Schemas['DocumentDiff'];
export type RouteTest = Schemas['RouteTest'];
export type DeadlinePreview = Schemas['DeadlinePreview'];
export type CountyBaseline = Schemas['CountyBaseline'];
export type BaselineLimit = Schemas['BaselineLimit'];
export type AdminUser = Schemas['AdminUser'];
export type OrgNode = Schemas['OrgNode'];
export type OverrideKind = Schemas['OverrideKind'];
