import { messages as m } from '../messages';

/** One field error of a refused form (400 with `errors`). */
export interface ProblemFieldError { path: string; code: string; message: string }

/** An RFC 7807 problem from the server, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly detail: string, readonly code?: string, readonly field?: string,
    readonly errors: ProblemFieldError[] = []) {
    super(detail);
  }
}

interface Problem { title?: string; status?: number; detail?: string; code?: string; field?: string; errors?: unknown }

async function problemOf(r: Response): Promise<ApiError> {
  let p: Problem = {};
  try { p = (await r.json()) as Problem; } catch { /* not JSON: fall back to the status text */ }
  const errors = Array.isArray(p.errors) ? (p.errors as ProblemFieldError[]) : [];
  const detail = p.detail ?? errors[0]?.message ?? m.httpStatus(r.status);
  return new ApiError(r.status, detail, p.code ?? p.title, p.field ?? undefined, errors);
}

/** Sends a request and returns its JSON body; throws ApiError with the server's Chinese detail when refused. */
export async function request<T>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  let r: Response;
  try { r = await fetch(url, init); } catch { throw new ApiError(0, m.networkError); }
  if (!r.ok) throw await problemOf(r);
  if (r.status === 204) return undefined as T;
  const text = await r.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(url: string) => request<T>('GET', url);
export const post = <T>(url: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', url, body ?? {}, headers);

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
