import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confidencePercent, heldOutText, readyToSuggest, worthOffering } from '../src/model/intakeSuggestions';

test('suggestions are asked for once a description has four characters that say something', () => {
  assert.equal(readyToSuggest('井盖'), false);
  assert.equal(readyToSuggest('井盖，，！！  '), false);
  assert.equal(readyToSuggest('井盖丢了'), true);
  assert.equal(readyToSuggest(' KTV 吵 '), true);
});

test('a confidence shows as a whole percentage, never 0 % for an item that is shown', () => {
  assert.equal(confidencePercent(0.876), 88);
  assert.equal(confidencePercent(0.0001), 1);
  assert.equal(confidencePercent(1.2), 100);
});

test('held-out figures show with one decimal, a dash when the version was not measured', () => {
  assert.equal(heldOutText(0.8125), '81.3%');
  assert.equal(heldOutText(null), '—');
});

test('a citizen is offered the best suggestion and the others only when the model is not sure of the first', () => {
  const s = (c: number, code: string) => ({ code, confidence: c });
  assert.deepEqual(worthOffering([s(0.97, 'a'), s(0.02, 'b'), s(0.01, 'c')]).map((x) => x.code), ['a']);
  assert.deepEqual(worthOffering([s(0.45, 'a'), s(0.35, 'b'), s(0.05, 'c')]).map((x) => x.code), ['a', 'b']);
  assert.deepEqual(worthOffering([s(0.02, 'a')]).map((x) => x.code), ['a']);
});

test('the item search finds an item by the words people use for it, not only by its official name', async () => {
  const { searchCatalog } = await import('../src/model/catalogSearch');
  const stall = { code: '09006', name: '占道经营', group: '', keywords: ['占道经营'], synonyms: ['摆摊', '卖水果的'], urgencies: ['normal'],
    department: 'CGZF', lowestLevel: 'street', form: 'intake-generic' };
  const catalog = [{ code: '09', name: '街面秩序类', edition: 'GB', items: [stall] }];
  assert.deepEqual(searchCatalog(catalog, '摆摊').map((h) => h.item.code), ['09006']);
  assert.deepEqual(searchCatalog(catalog, '门口有卖水果的').map((h) => h.item.code), ['09006']);
});
