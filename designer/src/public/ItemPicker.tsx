import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CatalogCategory, CatalogItem, PublicGroup } from '../api/views';
import { messages as m } from '../messages';
import { chosenLabel, pickOptions } from '../model/publicGroups';

interface Props {
  categories: CatalogCategory[]; groups: PublicGroup[]; value?: string; id?: string;
  onChange: (item: CatalogItem | undefined, category: CatalogCategory | undefined) => void;
}

/**
 * Choose what the problem is by typing words: kinds of problem in the citizen's words first (井盖破损或缺失), then
 * catalog items. The value is the item the report is filed under; the center classifies it precisely.
 */
export function ItemPicker({ categories, groups, value, id, onChange }: Props) {
  const [text, setText] = useState('');
  const options = useMemo(() => pickOptions(groups, categories, text), [groups, categories, text]);
  const shown = options.map((o) => ({ value: o.value, label: o.label, title: o.label, hint: o.hint }));
  if (value && !shown.some((o) => o.value === value)) {
    const label = chosenLabel(groups, categories, value);
    if (label) shown.unshift({ value, label, title: label, hint: undefined });
  }
  const find = (code?: string) => {
    for (const c of categories) for (const i of c.items) if (i.code === code) return { item: i, category: c };
    return undefined;
  };
  return (
    <Select id={id} showSearch={{ filterOption: false, onSearch: setText, searchValue: text }} value={value} placeholder={m.itemSearchPlaceholder}
      options={shown} allowClear style={{ width: '100%' }} data-testid="item-picker"
      notFoundContent={text.trim() ? m.itemNotFound : null}
      optionRender={(o) => (
        <div style={{ whiteSpace: 'normal' }}>
          <div>{o.data.label}</div>
          {o.data.hint && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{o.data.hint}</Typography.Text>}
        </div>
      )}
      onChange={(code?: string) => { const hit = find(code); onChange(hit?.item, hit?.category); }} />
  );
}
