import { Button, Card, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import * as api from '../api/admin';
import { catalog } from '../api/definitions';
import type { CountyBaseline } from '../api/views';
import { nameOf, optionsOf, useDictionaries } from '../app/useDictionaries';
import { useAdmin } from './context';
import { adminMessages as a } from './messages';

interface Item {
  code: string; name: string; category?: string; group?: string | null; keywords: string[]; synonyms: string[]; edition?: string;
  urgencies: string[]; department: string; lowestLevel: string; form?: string;
}
interface Overlay { add?: Item[]; override?: (Partial<Item> & { code: string })[] }
interface Row extends Item { categoryName: string; origin?: string }

const words = (s: string) => s.split(/[\s,，、]+/).filter(Boolean);

/**
 * 目录: every item of the scope (a county's with what it adds and overrides), searched by name, code or keyword; an item
 * added or edited goes into the draft — the city's catalog/items/NN.json, a county's catalog.json overlay.
 */
export function CatalogPage() {
  const { scope, county, revision, changed, onError } = useAdmin();
  const dict = useDictionaries();
  const [rows, setRows] = useState<Row[]>([]);
  const [categories, setCategories] = useState<{ value: string; label: string }[]>([]);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<{ item: Item; isNew: boolean; origin?: string } | null>(null);
  const load = useCallback(async () => {
    try {
      const published = await catalog(undefined, county ? scope.code : undefined);
      setCategories(published.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` })));
      const names = new Map(published.map((c) => [c.code, c.name]));
      if (!county) {
        const docs = await Promise.all(published.map((c) => api.document(scope.code, `catalog/items/${c.code}.json`, { draft: true })));
        setRows(docs.flatMap((d) => {
          const doc = d.content as { category: string; items: Item[] };
          return doc.items.map((i) => ({ ...i, category: doc.category, categoryName: names.get(doc.category) ?? doc.category }));
        }));
        return;
      }
      // A county: the published catalog as it runs there, with the draft's overlay laid over it and the origin of each item.
      const [overlay, base] = await Promise.all([
        api.document(scope.code, 'catalog.json', { draft: true }).then((d) => d.content as Overlay, () => ({} as Overlay)),
        api.baseline(scope.code, true) as Promise<CountyBaseline>,
      ]);
      const byCode = new Map<string, Row>();
      for (const c of published) for (const i of c.items) byCode.set(i.code, { ...i, category: c.code, categoryName: c.name });
      for (const i of overlay.add ?? []) byCode.set(i.code, { ...i, categoryName: names.get(i.category ?? '') ?? '' });
      for (const o of overlay.override ?? []) { const i = byCode.get(o.code); if (i) byCode.set(o.code, { ...i, ...o } as Row); }
      const origins = new Map(base.items.map((i) => [i.code, i.origin]));
      setRows([...byCode.values()].map((r) => ({ ...r, origin: origins.get(r.code) ?? 'city' })));
    } catch (e) { onError(e); }
  }, [scope.code, county, onError]);
  useEffect(() => { void load(); }, [load, revision]);
  const shown = useMemo(() => {
    const t = q.trim();
    return t ? rows.filter((r) => r.code.startsWith(t) || r.name.includes(t) || r.keywords.some((k) => k.includes(t)) || r.synonyms.some((k) => k.includes(t))) : rows;
  }, [rows, q]);

  const saveItem = async (item: Item, isNew: boolean, origin?: string) => {
    try {
      if (!county) {
        const path = `catalog/items/${item.category}.json`;
        const doc = (await api.document(scope.code, path, { draft: true })).content as { category: string; items: Item[] };
        const { category: _, ...stored } = item;
        const items = isNew ? [...doc.items, stored as Item] : doc.items.map((i) => (i.code === item.code ? stored as Item : i));
        await api.putDraft(scope.code, path, { ...doc, items });
      } else {
        const doc = await api.document(scope.code, 'catalog.json', { draft: true }).then((d) => d.content as Overlay, () => ({} as Overlay));
        const { origin: _o, categoryName: _c, ...plain } = item as Row;
        if (isNew || origin === 'added') {
          const add = doc.add ?? [];
          doc.add = add.some((i) => i.code === item.code) ? add.map((i) => (i.code === item.code ? plain : i)) : [...add, { ...plain, edition: plain.edition ?? 'local' }];
        } else {
          const { code, name, keywords, synonyms, urgencies, department, lowestLevel } = plain;
          const entry = { code, name, keywords, synonyms, urgencies, department, lowestLevel };
          const over = doc.override ?? [];
          doc.override = over.some((o) => o.code === code) ? over.map((o) => (o.code === code ? entry : o)) : [...over, entry];
        }
        await api.putDraft(scope.code, 'catalog.json', doc);
      }
      setEditing(null);
      changed();
    } catch (e) { onError(e); }
  };
  const reset = async (code: string) => { try { await api.resetToCity(scope.code, 'item', code); changed(); } catch (e) { onError(e); } };
  return (
    <Card size="small" title={`${a.tabCatalog} · ${a.itemCount(rows.length)}`} extra={scope.editable && (
      <Button size="small" type="primary" data-testid="add-item" onClick={() => setEditing({ isNew: true, item: {
        code: '', name: '', category: categories[categories.length - 1]?.value, keywords: [], synonyms: [], urgencies: ['normal'], department: '', lowestLevel: 'street' } })}>
        {a.addItem}</Button>)}>
      <Input.Search allowClear placeholder={a.catalogSearch} onSearch={setQ} onChange={(e) => setQ(e.target.value)} style={{ width: 320, marginBottom: 8 }}
        data-testid="catalog-search" />
      <Table<Row> size="small" rowKey="code" dataSource={shown} data-testid="catalog-table" pagination={{ pageSize: 10, size: 'small', showSizeChanger: false }}
        columns={[
          { title: a.itemCode, dataIndex: 'code', width: 70 },
          { title: a.itemName, dataIndex: 'name', width: 150 },
          { title: a.itemCategory, dataIndex: 'categoryName', width: 110 },
          { title: a.itemKeywords, render: (_, r) => r.keywords.join(a.join), ellipsis: true },
          { title: a.itemSynonyms, render: (_, r) => r.synonyms.join(a.join), ellipsis: true },
          { title: a.itemUrgencies, width: 110, render: (_, r) => r.urgencies.map((u) => nameOf(dict?.urgencies, u)).join(a.join) },
          { title: a.itemDepartment, dataIndex: 'department', width: 70 },
          { title: a.itemLowestLevel, width: 80, render: (_, r) => nameOf(dict?.levels, r.lowestLevel) },
          ...(county ? [{ title: a.originTitle, width: 80, render: (_: unknown, r: Row) => r.origin && r.origin !== 'city' && <Tag color="orange">{a.origin[r.origin]}</Tag> }] : []),
          { title: a.actions, width: 150, render: (_, r) => scope.editable && (
            <Space size={4}>
              <Button size="small" onClick={() => setEditing({ item: r, isNew: false, origin: r.origin })}>{a.edit}</Button>
              {r.origin === 'override' && <Button size="small" onClick={() => void reset(r.code)}>{a.resetToCity}</Button>}
            </Space>) },
        ]} />
      {editing && <ItemDialog {...editing} categories={categories} urgencies={optionsOf(dict?.urgencies)} levels={optionsOf(dict?.levels)}
        onCancel={() => setEditing(null)} onOk={(i) => void saveItem(i, editing.isNew, editing.origin)} />}
    </Card>
  );
}

type Options = { value: string; label: string }[];

function ItemDialog({ item, isNew, categories, urgencies, levels, onCancel, onOk }: {
  item: Item; isNew: boolean; categories: Options; urgencies: Options; levels: Options; onCancel: () => void; onOk: (i: Item) => void;
}) {
  const [i, setI] = useState<Item>(item);
  const text = (k: 'code' | 'name' | 'department', label: string, disabled = false) => (
    <Input addonBefore={label} value={i[k]} disabled={disabled} onChange={(e) => setI({ ...i, [k]: e.target.value.trim() })} data-testid={`item-${k}`} />);
  const list = (k: 'keywords' | 'synonyms', label: string) => (
    <Input addonBefore={label} defaultValue={i[k].join(a.join)} placeholder={a.listHint} onChange={(e) => setI({ ...i, [k]: words(e.target.value) })} data-testid={`item-${k}`} />);
  return (
    <Modal open width={640} title={isNew ? a.addItem : a.editItem(item.code)} onCancel={onCancel} onOk={() => onOk(i)} okText={a.save} cancelText={a.cancel}
      okButtonProps={{ 'data-testid': 'item-save' }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {text('code', a.itemCode, !isNew)}
        {isNew && <Select style={{ width: '100%' }} value={i.category} options={categories} onChange={(category) => setI({ ...i, category })} prefix={a.labelled(a.itemCategory)} />}
        {text('name', a.itemName)}
        {list('keywords', a.itemKeywords)}
        {list('synonyms', a.itemSynonyms)}
        <Select mode="multiple" style={{ width: '100%' }} value={i.urgencies} options={urgencies} onChange={(urgencies) => setI({ ...i, urgencies })} prefix={a.labelled(a.itemUrgencies)} />
        {text('department', a.itemDepartment)}
        <Select style={{ width: '100%' }} value={i.lowestLevel} options={levels} onChange={(lowestLevel) => setI({ ...i, lowestLevel })} prefix={a.labelled(a.itemLowestLevel)} />
      </Space>
    </Modal>
  );
}
