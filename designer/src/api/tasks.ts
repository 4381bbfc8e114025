import { get, post } from './http';
import type { CaseSummary, InboxEntry } from './views';

export interface ActionBody { comment?: string; data?: Record<string, unknown> }

export const inbox = () => get<InboxEntry[]>('/api/tasks');
export const act = (taskId: string, action: string, body: ActionBody) =>
  post<CaseSummary>(`/api/tasks/${encodeURIComponent(taskId)}/actions/${encodeURIComponent(action)}`, body);
