import { useEffect, useState } from 'react';
import { catalog } from '../api/definitions';
import type { CatalogCategory } from '../api/views';

/**
 * The catalog as a county runs it (the city's until a county is chosen: a county may add items of its own and
 * override the city's), fetched once per county; words are matched in the browser so typing needs no round trip.
 */
export function useCatalog(county?: string) {
  const [categories, setCategories] = useState<CatalogCategory[]>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    catalog(undefined, county).then((c) => { if (live) { setCategories(c); setError(undefined); } }, (e) => live && setError(e));
    return () => { live = false; };
  }, [county]);
  return { categories, error };
}
