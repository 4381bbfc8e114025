import { useEffect, useState } from 'react';
import { catalog, sourceOptions } from '../api/definitions';
import type { FieldDefinition } from '../forms';
import { optionsOf, useDictionaries } from '../app/useDictionaries';

type Option = { value: string; label: string };
const loaded = new Map<string, Promise<Option[]>>();

/**
 * A choice field's options: its own, the server's dictionaries (urgencies, channels), the catalog, or
 * any other named source (units, grids, departments, functions, users) fetched once per page from the server.
 * Undefined while loading, or when the source cannot be read (the field then falls back to a text box).
 */
export function useSourceOptions(f: FieldDefinition): Option[] | undefined {
  const d = useDictionaries();
  const dictionary = f.source === 'urgencies' ? d?.urgencies : f.source === 'channels' ? d?.channels : undefined;
  const fixed = f.options ?? (dictionary ? optionsOf(dictionary) : undefined);
  const [fetched, setFetched] = useState<Option[]>();
  const source = fixed || f.source === 'urgencies' || f.source === 'channels' ? undefined : f.source;
  useEffect(() => {
    if (!source) return;
    let pending = loaded.get(source);
    if (!pending) {
      pending = source === 'catalog'
        ? catalog().then((cs) => cs.flatMap((c) => c.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))))
        : sourceOptions(source);
      loaded.set(source, pending);
    }
    let live = true;
    pending.then((o) => live && setFetched(o), () => { loaded.delete(source); });
    return () => { live = false; };
  }, [source]);
  return fixed ?? fetched;
}

/** Forgets fetched options (users differ per signed-in user); called when the session ends. */
export function forgetSourceOptions() {
  loaded.clear();
}

