import { useEffect, useState } from 'react';
import { formDefinition } from '../api/definitions';
import type { FormRef } from '../api/views';
import type { FormDefinition } from '../forms';

const cache = new Map<string, Promise<FormDefinition>>();

/** A form version from the server (each version is immutable, so it is fetched once per page). */
export function useFormDefinition(ref: FormRef | null | undefined) {
  const [form, setForm] = useState<FormDefinition>();
  const [error, setError] = useState<unknown>();
  const key = ref ? `${ref.id}@${ref.version}` : '';
  useEffect(() => {
    if (!ref) { setForm(undefined); return; }
    let live = true;
    let p = cache.get(key);
    if (!p) { p = formDefinition(ref.id, ref.version); cache.set(key, p); p.catch(() => cache.delete(key)); }
    p.then((f) => live && setForm(f), (e) => live && setError(e));
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { form, error };
}
