import type { CatalogCategory, CatalogItem } from '../api/types';

export interface ItemHit { item: CatalogItem; category: CatalogCategory; score: number }

/**
 * Catalog items ranked by how well they match what a citizen typed: every word (or, for Chinese typed
 * without spaces, every keyword or synonym contained in the text) scores on the name, keywords and synonyms (摆摊 finds 占道经营).
 */
export function searchCatalog(categories: CatalogCategory[], text: string, limit = 20): ItemHit[] {
  const t = text.trim();
  if (!t) return [];
  const words = t.split(/\s+/).filter(Boolean);
  const hits: ItemHit[] = [];
  for (const category of categories)
    for (const item of category.items) {
      const keywords = [...item.keywords, ...(item.synonyms ?? [])];
      let score = 0;
      for (const w of words) {
        if (item.name.includes(w)) score += 3;
        if (keywords.some((k) => k.includes(w))) score += 2;
      }
      for (const k of keywords) if (k.length > 1 && t.includes(k)) score += 2;
      if (t.includes(item.name)) score += 3;
      if (score > 0) hits.push({ item, category, score });
    }
  return hits.sort((a, b) => b.score - a.score || a.item.code.localeCompare(b.item.code)).slice(0, limit);
}
