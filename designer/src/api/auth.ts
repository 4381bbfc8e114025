import { get, post } from './http';
import type { User } from './views';

export const login = (username: string, password: string) => post<User>('/api/auth/login', { username, password, useCookies: true });
export const me = () => get<User>('/api/auth/me');
export const logout = () => post<void>('/api/auth/logout');
