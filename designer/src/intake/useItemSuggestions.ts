import { useEffect, useState } from 'react';
import { suggestItems, type ItemSuggestion } from '../api/intake';
import { readyToSuggest } from '../model/intakeSuggestions';

/**
 * The items suggested for a description, asked once the writer pauses (the endpoint is rate-limited for anonymous
 * callers, so not on every key), again when the county changes; an answer for older text is dropped.
 */
export function useItemSuggestions(text: string | undefined, county: string | undefined, pauseMs = 600) {
  const [suggestions, setSuggestions] = useState<ItemSuggestion[]>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const t = (text ?? '').trim();
    if (!readyToSuggest(t)) { setSuggestions([]); return; }
    let current = true;
    const timer = setTimeout(() => {
      suggestItems(t, county).then((r) => { if (current) { setSuggestions(r.suggestions); setError(undefined); } },
        (e) => { if (current) setError(e); });
    }, pauseMs);
    return () => { current = false; clearTimeout(timer); };
  }, [text, county, pauseMs]);
  return { suggestions, error };
}
