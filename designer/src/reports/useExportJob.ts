import { useCallback, useEffect, useRef, useState } from 'react';
import { exportJob, queueExport, type ExportJob } from '../api/reports';

/** A background export: queued on the server, polled until it is done (any server node answers), then a download link. */
export function useExportJob(onError: (e: unknown) => void) {
  const [job, setJob] = useState<ExportJob | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const poll = useCallback((id: string) => {
    timer.current = window.setTimeout(async () => {
      try {
        const next = await exportJob(id);
        setJob(next);
        if (next.state === 'queued' || next.state === 'running') poll(id);
      } catch (e) { onError(e); }
    }, 800);
  }, [onError]);
  const start = useCallback(async (kind: string, unit: string, period: string, report?: string) => {
    window.clearTimeout(timer.current);
    try {
      const queued = await queueExport(kind, unit, period, report);
      setJob(queued);
      poll(queued.id);
    } catch (e) { onError(e); }
  }, [poll, onError]);
  return { job, start };
}
