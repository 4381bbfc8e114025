import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CatalogCategory } from '../src/api/views';
import type { FormDefinition } from '../src/forms/types';
import { searchCatalog } from '../src/model/catalogSearch';
import { errorsByPath, formLayout } from '../src/model/formLayout';
import { intakeFormData } from '../src/model/intake';

const item = (code: string, name: string, keywords: string[]) =>
  ({ code, name, group: '', keywords, synonyms: [], urgencies: ['normal'], department: 'SW', lowestLevel: 'county', form: 'intake-generic' });
const catalog: CatalogCategory[] = [
  { code: '01', name: '市政公用设施类', edition: 'GB', items: [item('01001', '供水井盖异常', ['井盖', '供水']), item('01002', '污水井盖异常', ['井盖', '污水'])] },
  { code: '11', name: '社会治理类', edition: 'local', items: [item('11001', '邻里纠纷', ['邻居', '噪音', '纠纷'])] },
];

test('typed words find items by name and keyword, the closer match first', () => {
  assert.deepEqual(searchCatalog(catalog, '供水井盖').map((h) => h.item.code), ['01001', '01002']);
  assert.deepEqual(searchCatalog(catalog, '井盖').map((h) => h.item.code), ['01001', '01002']);
  assert.deepEqual(searchCatalog(catalog, '楼上邻居噪音太大').map((h) => h.item.code), ['11001']);
  assert.deepEqual(searchCatalog(catalog, '   '), []);
  assert.deepEqual(searchCatalog(catalog, '航天'), []);
});

const form: FormDefinition = {
  id: 'f', version: 1, title: 'T',
  fields: [
    { key: 'a', type: 'text', label: 'A' }, { key: 'b', type: 'textarea', label: 'B' }, { key: 'c', type: 'number', label: 'C' },
    { key: 'item', type: 'select', label: '事项' }, { key: 'place', type: 'place', label: '地点' },
    { key: 'reporterPhone', type: 'text', label: '电话' },
  ],
  layout: [{ sections: [{ title: 'S', columns: 2, fields: ['b', 'a', 'missing'] }] }],
};

test('the layout keeps its order and still shows fields it forgot', () => {
  const tabs = formLayout(form);
  assert.deepEqual(tabs[0].sections.map((s) => s.fields.map((f) => f.key)), [['b', 'a'], ['c', 'item', 'place', 'reporterPhone']]);
  assert.deepEqual(formLayout({ ...form, layout: undefined })[0].sections[0].fields.length, 6);
});

test('errors are grouped by field path, row paths kept apart', () => {
  const map = errorsByPath([{ path: 'a', message: 'x' }, { path: 'a', message: 'y' }, { path: 'rows[1].name', message: 'z' }]);
  assert.deepEqual(map.get('a'), ['x', 'y']);
  assert.deepEqual(map.get('rows[1].name'), ['z']);
});

test('the public page fills only the intake fields the form has', () => {
  const data = intakeFormData(form, { itemCode: '01001', itemName: '供水井盖异常', description: '井盖坏了', gridCode: '990102001001001',
    address: '东湖路', reporterName: '王', phone: '13900000000' }, { c: 3 });
  assert.deepEqual(data, { c: 3, item: '01001', place: { address: '东湖路', grid: '990102001001001' }, reporterPhone: '13900000000' });
});
