import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { useEffect, useRef, useState } from 'react';
import type { AlertLine, CaseLine } from '../api/commandTypes';

export interface LiveHandlers { onCase?: (c: CaseLine) => void; onAlert?: (a: AlertLine) => void }

/**
 * The server's live feed (SignalR, /hubs/live): new cases and alerts in the signed-in user's place, as they happen.
 * Reconnects by itself; `connected` says whether pushes are arriving.
 */
export function useLive(handlers: LiveHandlers): boolean {
  const latest = useRef(handlers);
  latest.current = handlers;
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const connection = new HubConnectionBuilder().withUrl('/hubs/live').withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
      .configureLogging(LogLevel.Warning).build();
    connection.on('caseReported', (c: CaseLine) => latest.current.onCase?.(c));
    connection.on('alertRaised', (a: AlertLine) => latest.current.onAlert?.(a));
    connection.onreconnecting(() => setConnected(false));
    connection.onreconnected(() => setConnected(true));
    connection.onclose(() => setConnected(false));
    let stopped = false;
    const start = () => connection.start().then(() => { if (!stopped) setConnected(true); }, () => { if (!stopped) window.setTimeout(start, 5000); });
    start();
    return () => { stopped = true; void connection.stop(); };
  }, []);
  return connected;
}
