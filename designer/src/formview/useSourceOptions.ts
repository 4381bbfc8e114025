import { useEffect, useState } from 'react';
import { catalog } from '../api/definitions';
import type { FieldDefinition } from '../forms';
import { messages as m } from '../messages';

type Option = { value: string; label: string };
let catalogOptions: Promise<Option[]> | undefined;

/** A choice field's options: its own, or a named source the browser knows (catalog, urgencies, channels); undefined otherwise. */
export function useSourceOptions(f: FieldDefinition): Option[] | undefined {
  const fixed = f.options ?? (f.source === 'urgencies' ? dict(m.urgencies) : f.source === 'channels' ? dict(m.channels) : undefined);
  const [loaded, setLoaded] = useState<Option[]>();
  useEffect(() => {
    if (fixed || f.source !== 'catalog') return;
    catalogOptions ??= catalog().then((cs) => cs.flatMap((c) => c.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))));
    let live = true;
    catalogOptions.then((o) => live && setLoaded(o), () => { catalogOptions = undefined; });
    return () => { live = false; };
  }, [fixed, f.source]);
  return fixed ?? loaded;
}

const dict = (d: Record<string, string>) => Object.entries(d).map(([value, label]) => ({ value, label }));
