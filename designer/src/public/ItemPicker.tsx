import { Select } from 'antd';
import { useMemo, useState } from 'react';
import type { CatalogCategory, CatalogItem } from '../api/views';
import { messages as m } from '../messages';
import { searchCatalog } from '../model/catalogSearch';

interface Props {
  categories: CatalogCategory[]; value?: string; id?: string;
  onChange: (item: CatalogItem | undefined, category: CatalogCategory | undefined) => void;
}

/** Choose the item by typing words; matches on item names and catalog keywords, best first. */
export function ItemPicker({ categories, value, id, onChange }: Props) {
  const [text, setText] = useState('');
  const hits = useMemo(() => searchCatalog(categories, text), [categories, text]);
  const chosen = useMemo(() => {
    for (const c of categories) for (const i of c.items) if (i.code === value) return { item: i, category: c };
    return undefined;
  }, [categories, value]);
  const options = hits.map((h) => ({ value: h.item.code, label: `${h.item.name}（${h.category.name}）` }));
  if (chosen && !options.some((o) => o.value === chosen.item.code))
    options.unshift({ value: chosen.item.code, label: `${chosen.item.name}（${chosen.category.name}）` });
  return (
    <Select id={id} showSearch={{ filterOption: false, onSearch: setText, searchValue: text }} value={value} placeholder={m.itemSearchPlaceholder}
      options={options} allowClear style={{ width: '100%' }} data-testid="item-picker"
      notFoundContent={text.trim() ? m.itemNotFound : null}
      onChange={(code?: string) => {
        const hit = hits.find((h) => h.item.code === code) ?? (chosen?.item.code === code ? chosen : undefined);
        onChange(hit?.item, hit?.category);
      }} />
  );
}
