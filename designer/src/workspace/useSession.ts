import { useCallback, useEffect, useState } from 'react';
import * as auth from '../api/auth';
import type { User } from '../api/views';
import { forgetSourceOptions } from '../formview/useSourceOptions';

/** Who is signed in (the cookie session); undefined while asking the server. */
export function useSession() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  useEffect(() => {
    auth.me().then(setUser, () => setUser(null));
  }, []);
  const login = useCallback(async (username: string, password: string) => {
    forgetSourceOptions(); // option lists such as users depend on who is signed in
    setUser(await auth.login(username, password));
  }, []);
  const logout = useCallback(async () => {
    try { await auth.logout(); } finally { forgetSourceOptions(); setUser(null); }
  }, []);
  const expired = useCallback(() => setUser(null), []);
  return { user, login, logout, expired };
}
