import { AlertList } from './AlertList';
import { useAlerts } from './useAlerts';

/** The center's alerts in the workspace (its inbox of early warnings), signed as they are dealt with. */
export function CenterAlerts({ onError }: { onError: (e: unknown) => void }) {
  const { alerts, acknowledge } = useAlerts(onError);
  return <div style={{ maxHeight: 'calc(100vh - 170px)', overflow: 'auto' }}><AlertList alerts={alerts} loading={!alerts} onAcknowledge={acknowledge} /></div>;
}
