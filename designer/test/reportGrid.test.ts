import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatValue, headerRows, thisMonth } from '../src/model/reportGrid';

test('a merged header cell is written once, in the row where it starts, left to right', () => {
  const cells = [
    { row: 0, column: 0, rowSpan: 2, columnSpan: 1, text: '单位', note: null },
    { row: 0, column: 1, rowSpan: 1, columnSpan: 2, text: '排查情况', note: null },
    { row: 1, column: 2, rowSpan: 1, columnSpan: 1, text: '发现纠纷', note: 'MD002' },
    { row: 1, column: 1, rowSpan: 1, columnSpan: 1, text: '排查次数', note: 'MD001' },
  ];
  const rows = headerRows(cells, 2);
  assert.deepEqual(rows.map((r) => r.map((c) => c.text)), [['单位', '排查情况'], ['排查次数', '发现纠纷']]);
});

test('values read as the workbook formats show them', () => {
  assert.equal(formatValue(1234, 'integer'), '1,234');
  assert.equal(formatValue(1234.5, 'decimal'), '1,234.50');
  assert.equal(formatValue(0.8532, 'percent'), '85.3%');
  assert.equal(formatValue(null, 'integer'), '');
  assert.equal(thisMonth(new Date(2026, 10, 30)), '2026-11');
});
