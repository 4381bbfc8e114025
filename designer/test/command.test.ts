import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GridFigures } from '../src/api/commandTypes';
import { barOption, LightTheme, trendOption } from '../src/command/model/chartOptions';
import { change, indicatorValue, percent } from '../src/command/model/format';
import { byCommunity, gridColour, GridSteps, projectShapes } from '../src/command/model/gridColours';

test('rates, indicator values and changes read as a center reads them', () => {
  assert.equal(percent(0.9345), '93.5%');
  assert.equal(percent(null), '—');
  assert.equal(indicatorValue(0.25, 'percent'), '25.0%');
  assert.equal(indicatorValue(3, 'count'), '3');
  assert.equal(indicatorValue(47.25, 'minutes'), '47.3');
  assert.equal(indicatorValue(null, 'minutes'), '—');
  assert.deepEqual(change(7, 4), { text: '+3', direction: 'up' });
  assert.deepEqual(change(2, 4), { text: '−2', direction: 'down' });
});

test('grid colours rise with cases relative to the busiest grid, and quiet grids stay calm', () => {
  assert.equal(gridColour(0, 10), GridSteps[0]);
  assert.equal(gridColour(1, 10), GridSteps[1]);
  assert.equal(gridColour(10, 10), GridSteps[GridSteps.length - 1]);
  assert.ok(GridSteps.indexOf(gridColour(6, 10) as never) >= GridSteps.indexOf(gridColour(3, 10) as never));
  const grid = (code: string, community: string): GridFigures =>
    ({ code, name: code, communityCode: community, communityName: community, reported: 1, open: 0, overdueOpen: 0, redOpen: 0 });
  const groups = byCommunity([grid('b2', 'b'), grid('a1', 'a'), grid('b1', 'b')]);
  assert.deepEqual(groups.map((g) => [g.code, g.grids.map((x) => x.code)]), [['a', ['a1']], ['b', ['b1', 'b2']]]);
});

test('grid boundaries, once available, project into the map box', () => {
  const paths = projectShapes([{ code: 'g1', rings: [[[118, 30], [118.01, 30], [118.01, 30.01], [118, 30.01]]] }], 100, 100);
  assert.equal(paths.length, 1);
  assert.match(paths[0].path, /^M0\.0,100\.0L100\.0,100\.0L100\.0,0\.0L0\.0,0\.0Z$/);
});

test('charts are built from the dashboard figures without a canvas', () => {
  const trend = Array.from({ length: 30 }, (_, i) => ({ day: `2026-02-${String(i + 1).padStart(2, '0')}`, reported: i, closed: 0 }));
  const option = trendOption(trend, 7, { reported: '上报', closed: '结案' }, LightTheme) as { xAxis: { data: string[] }; series: { data: number[] }[] };
  assert.deepEqual(option.xAxis.data, ['02-24', '02-25', '02-26', '02-27', '02-28', '02-29', '02-30']);
  assert.deepEqual(option.series[0].data, [23, 24, 25, 26, 27, 28, 29]);
  const bars = barOption([{ code: 'a', name: '甲', count: 5 }, { code: 'b', name: '乙', count: 3 }], LightTheme) as { yAxis: { data: string[] } };
  assert.deepEqual(bars.yAxis.data, ['乙', '甲']);
});
