import { get, post, query, request } from './http';
import type { PublicCase } from './views';

const base = (number: string) => `/api/public/cases/${encodeURIComponent(number)}`;

export const track = (number: string, phone: string) => get<PublicCase>(`${base(number)}${query({ phone })}`);
export const rate = (number: string, phone: string, satisfaction: string, comment: string) =>
  post<{ number: string; status: string; statusName: string }>(`${base(number)}/rating`, { phone, satisfaction, comment });

export function uploadPublic(number: string, phone: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return request<{ id: string; fileName: string; contentType: string; size: number }>('POST', `${base(number)}/attachments${query({ phone })}`, form);
}
