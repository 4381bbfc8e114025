import { useEffect, useState } from 'react';
import { placesMap, type MapView } from '../api/places';

let cached: Promise<MapView> | undefined;

/** The city's boundaries, fetched once per page load (they change only when the package is published). */
export function useMapView() {
  const [view, setView] = useState<MapView>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    cached ??= placesMap();
    cached.then((v) => live && setView(v), (e) => { cached = undefined; if (live) setError(e); });
    return () => { live = false; };
  }, []);
  return { view, error };
}
