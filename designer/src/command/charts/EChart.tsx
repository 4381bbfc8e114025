import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from '../model/chartOptions';

// Only the chart kinds the command center draws, so the bundle carries no more of ECharts than it uses.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One ECharts chart filling its box; the option is replaced whenever it changes, and the chart follows the box's size. */
export function EChart({ option, height, testId }: { option: ChartOption; height: number | string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(null);
  useEffect(() => {
    const el = box.current!;
    chart.current = echarts.init(el);
    const resize = new ResizeObserver(() => chart.current?.resize());
    resize.observe(el);
    return () => { resize.disconnect(); chart.current?.dispose(); chart.current = null; };
  }, []);
  useEffect(() => { chart.current?.setOption(option as echarts.EChartsCoreOption, true); }, [option]);
  return <div ref={box} style={{ height, width: '100%' }} data-testid={testId} />;
}
