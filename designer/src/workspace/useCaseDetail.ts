import { useCallback, useEffect, useState } from 'react';
import { caseDetail } from '../api/cases';
import { ApiError } from '../api/http';
import type { CaseDetail } from '../api/views';

/** One case as the server lets this user see it; `error` holds the server's refusal (403/404). */
export function useCaseDetail(id: string | undefined) {
  const [detail, setDetail] = useState<CaseDetail>();
  const [error, setError] = useState<ApiError>();
  const reload = useCallback(async () => {
    if (!id) return;
    try {
      setDetail(await caseDetail(id));
      setError(undefined);
    } catch (e) {
      setDetail(undefined);
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  }, [id]);
  useEffect(() => { setDetail(undefined); setError(undefined); void reload(); }, [reload]);
  return { detail, error, reload };
}
