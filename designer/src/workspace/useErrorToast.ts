import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/http';
import { messages as m } from '../messages';

/** Shows a refused request as a toast with the server's own Chinese detail; 403 and 409 say what to do next. */
export function useErrorToast(onUnauthorized?: () => void) {
  const { message } = App.useApp();
  return useCallback((e: unknown) => {
    if (!(e instanceof ApiError)) { message.error(String(e)); return; }
    if (e.status === 401 && onUnauthorized) { message.warning(m.sessionExpired); onUnauthorized(); return; }
    if (e.status === 403) message.error(m.forbidden(e.detail), 6);
    // A 409 that says what to wait for (协办 pending) is shown as it is; "someone acted first" adds what to do.
    else if (e.status === 409) message.warning(e.code === 'CASE-COHANDLE-PENDING' ? e.detail : m.conflict(e.detail), 6);
    else if (e.status === 429) message.warning(e.detail || m.tooMany, 6);
    else message.error(e.detail, 6);
  }, [message, onUnauthorized]);
}
