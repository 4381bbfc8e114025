import { useEffect, useState } from 'react';
import { catalog } from '../api/definitions';
import type { CatalogCategory } from '../api/types';

/** The whole catalog, fetched once; words are matched in the browser so typing needs no round trip. */
export function useCatalog() {
  const [categories, setCategories] = useState<CatalogCategory[]>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => { catalog().then(setCategories, setError); }, []);
  return { categories, error };
}
