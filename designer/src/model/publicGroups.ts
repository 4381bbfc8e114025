import type { CatalogCategory, CatalogItem, PublicGroup } from '../api/views';
import { searchCatalog } from './catalogSearch';

/** One choice of the public item picker: a group in the citizen's words (filed under its first item) or a catalog item. */
export interface PickOption { value: string; label: string; hint?: string; group?: string }

/**
 * What a citizen is offered for what they typed: the groups it matches first ("井盖" → 井盖破损或缺失, not the 22
 * utilities' manholes), then catalog items no matched group covers. An item a group covers still shows when the
 * words name it more precisely than the group's own words do ("供水井盖" → 供水井盖异常).
 */
export function pickOptions(groups: PublicGroup[], categories: CatalogCategory[], text: string, limit = 20): PickOption[] {
  const t = text.trim();
  if (!t) return [];
  const matched = groups
    .map((g) => ({ g, words: g.keywords.filter((k) => t.includes(k) || (k.includes(t) && t.length > 1)), named: g.name.includes(t) }))
    .filter((x) => x.named || x.words.length > 0)
    .sort((a, b) => Number(b.named) - Number(a.named) || b.words.length - a.words.length);
  const coveredBy = new Map<string, number>();
  for (const { g, words } of matched) {
    const longest = Math.max(0, ...words.map((w) => w.length));
    for (const code of g.items) coveredBy.set(code, Math.max(coveredBy.get(code) ?? 0, longest || t.length));
  }
  const options: PickOption[] = matched.map(({ g }) => ({ value: g.items[0], label: g.name, hint: g.hint ?? undefined, group: g.code }));
  for (const hit of searchCatalog(categories, t, limit)) {
    const covered = coveredBy.get(hit.item.code);
    if (covered !== undefined && !(hit.item.name.includes(t) && t.length > covered)) continue;
    options.push({ value: hit.item.code, label: itemLabel(hit.item, hit.category) });
  }
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(o.value) && seen.add(o.value)).slice(0, limit);
}

export const itemLabel = (item: CatalogItem, category: CatalogCategory | undefined) =>
  category ? `${item.name}（${category.name}）` : item.name;

/** How a chosen item reads in the picker: the group it files (井盖破损或缺失) rather than 不明井盖异常. */
export function chosenLabel(groups: PublicGroup[], categories: CatalogCategory[], code: string): string | undefined {
  const group = groups.find((g) => g.items[0] === code);
  if (group) return group.name;
  for (const c of categories) for (const i of c.items) if (i.code === code) return itemLabel(i, c);
  return undefined;
}
