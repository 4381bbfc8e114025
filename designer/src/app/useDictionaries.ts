import { useEffect, useState } from 'react';
import { dictionaries } from '../api/definitions';
import type { CodeName, Dictionaries } from '../api/views';

let loaded: Promise<Dictionaries> | undefined;

/**
 * The names of every code the browser shows, fetched once per page from the server (the package's channels and
 * urgencies, the engine's statuses, steps, warnings …). Undefined while loading; codes are shown as they are then.
 */
export function useDictionaries(): Dictionaries | undefined {
  const [value, setValue] = useState<Dictionaries>();
  useEffect(() => {
    loaded ??= dictionaries();
    let live = true;
    loaded.then((d) => live && setValue(d), () => { loaded = undefined; });
    return () => { live = false; };
  }, []);
  return value;
}

/** The name of a code in a dictionary, or the code itself when the dictionary does not know it (or is not loaded). */
export const nameOf = (list: readonly CodeName[] | undefined, code: string) => list?.find((e) => e.code === code)?.name ?? code;

/** A dictionary as select options. */
export const optionsOf = (list: readonly CodeName[] | undefined) => (list ?? []).map((e) => ({ value: e.code, label: e.name }));
