/** The server's views, as the API returns them (camelCase JSON). */

export type Warning = 'none' | 'blue' | 'yellow' | 'red' | 'overdue';
export type Step = 'accept' | 'handle' | 'reassign' | 'verify' | 'callback' | 'approve-extension' | 'cohandle';

export interface User {
  username: string; name: string; role: string; roleName: string; unit: string; unitName: string;
  department: string | null; departmentName: string | null;
}

export interface Assignee { level: string; unit: string; name: string; department: string | null; rule: string | null }

export interface CaseSummary {
  id: string; number: string; status: string; statusName: string; channel: string; itemCode: string; itemName: string;
  category: string; urgency: string; description: string; gridCode: string; placeName: string; address: string | null;
  reportedAt: string; assignee: Assignee | null; deadline: string | null; warning: Warning; workflowVersion: number;
}

export interface FormRef { id: string; version: number }

export interface TaskView {
  id: string; step: Step | string; role: string; unit: string; department: string | null; state: string; createdAt: string;
  deadline: string | null; warning: Warning; suspended: boolean; signedBy: string | null; completedBy: string | null;
  actions: string[]; data: string | null; form?: FormRef | null;
}

export interface InboxEntry { task: TaskView; case: CaseSummary }

export interface JournalEntry {
  sequence: number; at: string; action: string; actor: string | null; actorName: string | null; role: string | null;
  unit: string | null; comment: string | null; data: string | null;
}

export interface Attachment {
  id: string; fileName: string; contentType: string; size: number; step: string | null; uploadedBy: string; uploadedAt: string; url: string;
}

export interface CaseDetail {
  case: CaseSummary; reporter: { name: string | null; phone: string | null; masked: boolean };
  longitude: number | null; latitude: number | null; satisfaction: string | null; mergedInto: string | null; closedAt: string | null;
  form: string | null; tasks: TaskView[]; journal: JournalEntry[]; attachments: Attachment[];
}

export interface CatalogItem {
  code: string; name: string; group: string; keywords: string[]; urgencies: string[]; department: string; lowestLevel: string; form?: string | null;
}
/** A kind of problem in a citizen's words and the items it stands for; a report is filed under the first. */
export interface PublicGroup { code: string; name: string; hint: string | null; keywords: string[]; items: string[] }
export interface CatalogCategory { code: string; name: string; edition: string; items: CatalogItem[]; form?: string | null }

export interface OrgUnit {
  code: string; name: string; level: string; parent: string | null; children: { code: string; name: string }[];
  departments: { code: string; name: string; function: string }[];
}

export interface IntakeResult { case: CaseSummary; created: boolean; similar: CaseSummary[] }

export interface PublicCase {
  number: string; status: string; statusName: string; itemName: string; description?: string; reportedAt: string; closedAt: string | null;
  satisfaction: string | null; canRate: boolean; journal: { at: string; action: string }[];
  /** The server's plain words: where it stands, what happened, the handler's answer and the time limit. */
  stage: string; progress: { at: string; text: string; detail: string | null }[]; answer: { label: string; text: string }[]; deadline: string | null;
}

/** A file stored in a form's attachment field. */
export interface FileValue { id: string; name: string; type: string; size: number; url: string }
