import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Col, Drawer, Row, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import * as api from '../../api/command';
import type { Briefing, BriefingFigures, CaseLine, RankedCount } from '../../api/commandTypes';
import { commandMessages as c } from '../../messages';
import { AlertList } from '../AlertList';
import { change, percent, shortTime } from '../model/format';

/** One briefing as made: figures against the period before, top items and places, overdue cases, alerts; exported as a workbook (要情专报 also as Word). */
export function BriefingView({ id, onClose, onError }: { id: string; onClose: () => void; onError: (e: unknown) => void }) {
  const [b, setB] = useState<Briefing>();
  useEffect(() => { api.briefing(id).then(setB, onError); }, [id, onError]);
  const content = b?.content;
  return (
    <Drawer open width={980} onClose={onClose} loading={!b} title={content?.title} data-testid="briefing-view" extra={b && (
      <Space>
        <Button icon={<DownloadOutlined />} href={api.briefingExportUrl(b.id)}>{c.exportExcel}</Button>
        {b.period === 'alert' && <Button icon={<FileWordOutlined />} href={api.briefingDocumentUrl(b.id)}>{c.exportDocx}</Button>}
      </Space>)}>
      {content && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {content.cause && <Card size="small" title={c.alerts}><AlertList alerts={[content.cause]} /></Card>}
          {content.causeCases.length > 0 && <Card size="small" title={c.causeCases}><Cases cases={content.causeCases} /></Card>}
          <Card size="small" title={content.periodLabel}><Figures now={content.figures} before={content.previous} /></Card>
          <Row gutter={12}>
            <Col span={12}><Card size="small" title={c.topItems}><Ranked rows={content.topItems} title={c.colItem} /></Card></Col>
            <Col span={12}><Card size="small" title={c.topPlaces}><Ranked rows={content.topPlaces} title={c.colPlace} /></Card></Col>
          </Row>
          <Card size="small" title={c.overdueList}><Cases cases={content.overdue} /></Card>
          {content.alerts.length > 0 && <Card size="small" title={c.alertsInPeriod}><AlertList alerts={content.alerts} /></Card>}
        </Space>
      )}
    </Drawer>
  );
}

function Figures({ now, before }: { now: BriefingFigures; before: BriefingFigures }) {
  const counts: [string, keyof BriefingFigures][] = [[c.reported, 'reported'], [c.accepted, 'accepted'], [c.closed, 'closed'], [c.open, 'open'],
    [c.overdue, 'overdue'], [c.alerts, 'alerts']];
  const rows = [
    ...counts.map(([label, key]) => ({ label, now: String(now[key]), before: String(before[key]), change: change(now[key] as number, before[key] as number).text })),
    { label: c.onTimeRate, now: percent(now.onTimeRate), before: percent(before.onTimeRate), change: '' },
    { label: c.satisfaction, now: percent(now.satisfaction), before: percent(before.satisfaction), change: '' },
  ];
  return <Table size="small" rowKey="label" pagination={false} dataSource={rows} columns={[
    { title: '', dataIndex: 'label' }, { title: c.figureNow, dataIndex: 'now', align: 'right' },
    { title: c.figurePrevious, dataIndex: 'before', align: 'right' }, { title: c.figureChange, dataIndex: 'change', align: 'right' },
  ]} />;
}

function Ranked({ rows, title }: { rows: RankedCount[]; title: string }) {
  return <Table<RankedCount> size="small" rowKey="code" pagination={false} dataSource={rows} columns={[
    { title, dataIndex: 'name', ellipsis: true }, { title: c.figureNow, dataIndex: 'count', align: 'right', width: 70 },
    { title: c.figurePrevious, dataIndex: 'previous', align: 'right', width: 70 },
    { title: c.figureChange, align: 'right', width: 70, render: (_, r) => change(r.count, r.previous).text },
  ]} />;
}

function Cases({ cases }: { cases: CaseLine[] }) {
  return <Table<CaseLine> size="small" rowKey="id" pagination={false} dataSource={cases} locale={{ emptyText: c.noneListed }} columns={[
    { title: c.colNumber, width: 180, render: (_, x) => <a href={`#/case/${x.id}`}>{x.number}</a> },
    { title: c.colItem, dataIndex: 'itemName', ellipsis: true }, { title: c.colPlace, dataIndex: 'placeName', ellipsis: true },
    { title: c.colStatus, dataIndex: 'statusName', width: 110 }, { title: c.handler, dataIndex: 'handlerName', ellipsis: true },
    { title: c.deadline, width: 110, render: (_, x) => (x.deadline ? shortTime(x.deadline) : '') },
  ]} />;
}
