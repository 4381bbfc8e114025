import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CatalogCategory, PublicGroup } from '../src/api/views';
import { chosenLabel, pickOptions } from '../src/model/publicGroups';

const item = (code: string, name: string, keywords: string[]) =>
  ({ code, name, group: '', keywords, synonyms: [], urgencies: ['normal'], department: 'SW', lowestLevel: 'county', form: 'intake-generic' });
const catalog: CatalogCategory[] = [
  { code: '01', name: '市政公用设施类', edition: 'GB', items: [
    item('01001', '供水井盖异常', ['供水井盖']), item('01002', '污水井盖异常', ['污水井盖']), item('01023', '不明井盖异常', ['不明井盖']),
    item('01037', '路灯异常', ['路灯'])] },
];
const groups: PublicGroup[] = [
  { code: 'manhole', name: '井盖破损或缺失', hint: '分不清是哪家的井盖也没关系', keywords: ['井盖', '窨井'], items: ['01023', '01001', '01002'] },
];

test('a citizen typing 井盖 is offered the plain group, not every utility\'s manhole', () => {
  const options = pickOptions(groups, catalog, '井盖');
  assert.deepEqual(options.map((o) => o.label), ['井盖破损或缺失']);
  assert.equal(options[0].value, '01023');
  assert.deepEqual(pickOptions(groups, catalog, '小区门口的窨井盖没了').map((o) => o.label), ['井盖破损或缺失']);
});

test('words that name an item more precisely than the group still find the item', () => {
  assert.deepEqual(pickOptions(groups, catalog, '供水井盖').map((o) => o.label), ['井盖破损或缺失', '供水井盖异常（市政公用设施类）']);
});

test('items no group covers are found by their own words, and nothing is offered for nothing', () => {
  assert.deepEqual(pickOptions(groups, catalog, '路灯').map((o) => o.value), ['01037']);
  assert.deepEqual(pickOptions(groups, catalog, '  '), []);
});

test('a chosen group item reads as the group; another item as itself', () => {
  assert.equal(chosenLabel(groups, catalog, '01023'), '井盖破损或缺失');
  assert.equal(chosenLabel(groups, catalog, '01001'), '供水井盖异常（市政公用设施类）');
});
