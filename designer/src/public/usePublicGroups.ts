import { useEffect, useState } from 'react';
import { publicGroups } from '../api/definitions';
import type { PublicGroup } from '../api/views';

/** The kinds of problem in citizens' words as a county runs them; none (items only) when they cannot be loaded. */
export function usePublicGroups(county?: string) {
  const [groups, setGroups] = useState<PublicGroup[]>([]);
  useEffect(() => {
    let live = true;
    publicGroups(county).then((g) => live && setGroups(g), () => live && setGroups([]));
    return () => { live = false; };
  }, [county]);
  return groups;
}
