import { Card, Col, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { CaseLine, UnitFigures } from '../../api/commandTypes';
import { commandMessages as c } from '../../messages';
import { EChart } from '../charts/EChart';
import { GridMap } from '../GridMap';
import { barOption, LightTheme, ringOption, trendOption } from '../model/chartOptions';
import { percent, shortTime } from '../model/format';
import { useDashboard } from '../useDashboard';

/** Today and the last 30 days for the user's place: figures, trend, categories, channels, units below, departments and the grid map. */
export function OverviewTab({ onError }: { onError: (e: unknown) => void }) {
  const report = useCallback((e: unknown) => onError(e), [onError]);
  const { view, latest } = useDashboard(undefined, report);
  const [days, setDays] = useState(30);
  const trend = useMemo(() => view && trendOption(view.trend, days, { reported: c.reported, closed: c.closed }, LightTheme), [view, days]);
  if (!view) return null;
  const p = view.period;
  const unitColumns = [
    { title: c.unitName, dataIndex: 'name', ellipsis: true },
    { title: c.reported, dataIndex: 'reported', align: 'right' as const, width: 56 },
    { title: c.closed, dataIndex: 'closed', align: 'right' as const, width: 56 },
    { title: c.overdue, dataIndex: 'overdueOpen', align: 'right' as const, width: 56 },
    { title: c.onTimeShort, dataIndex: 'onTimeRate', align: 'right' as const, render: percent, width: 76 },
    { title: c.satisfaction, dataIndex: 'satisfaction', align: 'right' as const, render: percent, width: 76 },
  ];
  return (
    <div data-testid="stats-overview">
      <Row gutter={12}>
        {[
          [c.todayReported, view.today.reported], [c.todayPending, view.today.pending], [c.periodTotals(view.days) + c.reported, p.reported],
          [c.open, p.open], [c.overdueOpen, p.overdueOpen],
        ].map(([label, value]) => (
          <Col span={3} key={label as string}><Card size="small"><Statistic title={label} value={value as number} /></Card></Col>
        ))}
        <Col span={3}><Card size="small"><Statistic title={c.onTimeRate} value={percent(p.onTimeRate)} /></Card></Col>
        <Col span={3}><Card size="small"><Statistic title={c.satisfaction} value={percent(p.satisfaction)} /></Card></Col>
        <Col span={3}><Card size="small"><Statistic title={c.alerts} value={view.alerts.filter((a) => !a.acknowledged).length} /></Card></Col>
      </Row>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col span={14}>
          <Card size="small" title={c.trend} extra={<Segmented size="small" value={days} onChange={(v) => setDays(v as number)}
            options={[{ label: c.days7, value: 7 }, { label: c.days30, value: 30 }]} />}>
            {trend && <EChart option={trend} height={200} />}
          </Card>
        </Col>
        <Col span={5}><Card size="small" title={c.byChannel}><EChart option={ringOption(view.byChannel, LightTheme)} height={200} /></Card></Col>
        <Col span={5}><Card size="small" title={c.byCategory}><EChart option={barOption(view.byCategory, LightTheme, 6)} height={200} /></Card></Col>
      </Row>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col span={9}>
          <Card size="small" title={c.byUnit(view.scope.childLevelName)}>
            <Table<UnitFigures> size="small" rowKey="code" pagination={false} columns={unitColumns} dataSource={view.byUnit} scroll={{ y: 200 }} data-testid="units-table" />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" title={c.byDepartment}>
            <Table<UnitFigures> size="small" rowKey="code" pagination={false} columns={unitColumns.filter((x) => x.dataIndex !== 'satisfaction' && x.dataIndex !== 'closed')}
              dataSource={view.byDepartment} scroll={{ y: 200 }} />
          </Card>
        </Col>
        <Col span={7}>
          <Card size="small" title={c.latest}>
            <Table<CaseLine> size="small" rowKey="id" pagination={false} dataSource={latest} scroll={{ y: 200 }} columns={[
              { title: c.colTime, dataIndex: 'reportedAt', width: 64, render: (t: string) => shortTime(t) },
              { title: c.colItem, dataIndex: 'itemName', ellipsis: true },
              { title: c.colPlace, dataIndex: 'placeName', ellipsis: true },
            ]} />
          </Card>
        </Col>
      </Row>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col span={16}><Card size="small" title={c.gridMap}><GridMap grids={view.grids} height={130} tile={18} /></Card></Col>
        <Col span={8}><Card size="small" title={c.topItems}><EChart option={barOption(view.topItems, LightTheme, 6)} height={130} /></Card></Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{c.refreshed(shortTime(view.generatedAt))}</Typography.Paragraph>
    </div>
  );
}
