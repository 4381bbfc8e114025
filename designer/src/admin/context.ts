import { App } from 'antd';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import * as api from '../api/admin';
import type { DraftCheck, ScopeInfo } from '../api/views';
import { adminMessages as a } from './messages';

/** What every admin page works on: the chosen scope, whether it is a county overlay, and the draft's revision. */
export interface AdminScope {
  scope: ScopeInfo;
  county: boolean;
  /** Grows at every change of the draft or publish, so pages and the draft bar read again. */
  revision: number;
  changed: () => void;
  onError: (e: unknown) => void;
}

export const AdminContext = createContext<AdminScope | null>(null);

export function useAdmin(): AdminScope {
  const value = useContext(AdminContext);
  if (!value) throw new Error('useAdmin outside the admin console');
  return value;
}

/**
 * One document of the scope as the draft has it (the published one while the draft leaves it alone); `save` puts it
 * whole into the draft and says what the whole package thinks of it. `content` is null while loading and when missing.
 */
export function useDraftDocument<T>(path: string) {
  const { scope, revision, changed, onError } = useAdmin();
  const { message } = App.useApp();
  const [content, setContent] = useState<T | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    api.document(scope.code, path, { draft: true }).then(
      (d) => { if (live) { setContent(d.content as T); setMissing(false); } },
      (e: { status?: number }) => { if (!live) return; setContent(null); if (e.status === 404) setMissing(true); else onError(e); });
    return () => { live = false; };
  }, [scope.code, path, revision, onError]);
  const save = useCallback(async (next: T, at: string = path): Promise<DraftCheck | undefined> => {
    try {
      const check = await api.putDraft(scope.code, at, next);
      if (check.valid) message.success(a.savedToDraft);
      else message.warning(a.savedWithProblems(check.problems.length), 5);
      changed();
      return check;
    } catch (e) { onError(e); return undefined; }
  }, [scope.code, path, changed, onError, message]);
  return { content, missing, save };
}
