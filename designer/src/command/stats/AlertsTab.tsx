import { AlertList } from '../AlertList';
import { useAlerts } from '../useAlerts';

/** 预警信息: every alert the user may see, newest change first; the center signs them. */
export function AlertsTab({ onError, canAcknowledge }: { onError: (e: unknown) => void; canAcknowledge: boolean }) {
  const { alerts, acknowledge } = useAlerts(onError);
  return <AlertList alerts={alerts} loading={!alerts} onAcknowledge={canAcknowledge ? acknowledge : undefined} />;
}
