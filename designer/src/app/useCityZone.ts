import { useEffect, useState } from 'react';
import { definitionsSummary } from '../api/definitions';
import { setCityZone } from '../model/deadline';

/**
 * Loads the city's time zone from the package once, before anything shows a time: a browser set to another zone
 * still reads the city's times. If the server cannot say, the page goes on in the browser's own zone.
 */
export function useCityZone(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    definitionsSummary().then((s) => setCityZone(s.timeZone), () => undefined).finally(() => setReady(true));
  }, []);
  return ready;
}
