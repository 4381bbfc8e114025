import type { DashboardView, NamedCount } from '../../api/commandTypes';

/** ECharts options as plain data (no ECharts import), so they are built and tested without a canvas. */
export type ChartOption = Record<string, unknown>;

export interface ChartTheme { text: string; axis: string; split: string; palette: string[] }

export const DarkTheme: ChartTheme = { text: '#cfe3ff', axis: '#4a6fa5', split: 'rgba(74,111,165,0.25)', palette: ['#37a2ff', '#3ddbd9', '#f0b429', '#e8590c', '#9d7bff', '#6ccf6c'] };
export const LightTheme: ChartTheme = { text: '#333', axis: '#999', split: '#eee', palette: ['#1677ff', '#13c2c2', '#faad14', '#fa541c', '#722ed1', '#52c41a'] };

/** Reported and closed per day over the last <days> of the trend. */
export function trendOption(trend: DashboardView['trend'], days: number, labels: { reported: string; closed: string }, theme: ChartTheme): ChartOption {
  const shown = trend.slice(-days);
  return {
    color: theme.palette,
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    legend: { data: [labels.reported, labels.closed], textStyle: { color: theme.text }, top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: shown.map((d) => d.day.slice(5)), axisLine: { lineStyle: { color: theme.axis } }, axisLabel: { color: theme.text } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: theme.split } }, axisLabel: { color: theme.text } },
    series: [
      { name: labels.reported, type: 'line', smooth: 0.3, areaStyle: { opacity: 0.15 }, data: shown.map((d) => d.reported) },
      { name: labels.closed, type: 'line', smooth: 0.3, data: shown.map((d) => d.closed) },
    ],
  };
}

/** Horizontal bars, largest on top: categories, items, departments. */
export function barOption(counts: NamedCount[], theme: ChartTheme, max = 10): ChartOption {
  const shown = counts.slice(0, max).reverse();
  return {
    color: theme.palette,
    grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: theme.split } }, axisLabel: { color: theme.text } },
    yAxis: { type: 'category', data: shown.map((c) => c.name), axisLabel: { color: theme.text, width: 110, overflow: 'truncate' },
      axisLine: { lineStyle: { color: theme.axis } } },
    series: [{ type: 'bar', data: shown.map((c) => c.count), barMaxWidth: 18, label: { show: true, position: 'right', color: theme.text } }],
  };
}

/** A ring of shares: channels. */
export function ringOption(counts: NamedCount[], theme: ChartTheme): ChartOption {
  return {
    color: theme.palette,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { orient: 'vertical', right: 0, top: 'middle', textStyle: { color: theme.text } },
    series: [{ type: 'pie', radius: ['45%', '72%'], center: ['35%', '50%'], label: { show: false },
      data: counts.map((c) => ({ name: c.name, value: c.count })) }],
  };
}
