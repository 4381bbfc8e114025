import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import * as api from '../../api/command';
import type { AssessmentResult, AssessmentRow, IndicatorInfo, SchemeInfo } from '../../api/commandTypes';
import { commandMessages as c } from '../../messages';
import { indicatorValue } from '../model/format';
import { TraceDrawer } from './TraceDrawer';

/** 考核排名: a level's monthly ranking with change against last month; each indicator value opens the cases behind it. */
export function AssessmentTab({ onError }: { onError: (e: unknown) => void }) {
  const [schemes, setSchemes] = useState<SchemeInfo[]>([]);
  const [level, setLevel] = useState<string>();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [result, setResult] = useState<AssessmentResult>();
  const [trace, setTrace] = useState<{ row: AssessmentRow; indicator: IndicatorInfo }>();
  const period = month.format('YYYY-MM');
  useEffect(() => {
    api.schemes().then((s) => { setSchemes(s); setLevel((l) => l ?? s[0]?.level); }, onError);
  }, [onError]);
  useEffect(() => {
    if (!level) return;
    setResult(undefined);
    api.assessment(period, level).then(setResult, onError);
  }, [period, level, onError]);

  const columns = [
    { title: c.rank, dataIndex: 'rank', width: 64, fixed: 'left' as const, render: (r: number | null) => r ?? <Typography.Text type="secondary">{c.unranked}</Typography.Text> },
    { title: c.subject, dataIndex: 'name', width: 200, fixed: 'left' as const, ellipsis: true },
    { title: c.score, dataIndex: 'score', width: 72, render: (s: number, r: AssessmentRow) => (r.rank === null ? '—' : s.toFixed(1)) },
    { title: c.rankChange, dataIndex: 'rankChange', width: 80, render: (d: number | null, r: AssessmentRow) => <Change change={d} row={r} /> },
    ...(result?.indicators ?? []).map((info, i) => ({
      title: <span title={c.formulaOf(info.formula, info.weight)}>{info.name}</span>,
      key: info.code, width: 128,
      render: (_: unknown, row: AssessmentRow) => (
        <Button type="link" size="small" style={{ padding: 0 }} data-testid={`cell-${row.code}-${info.code}`}
          onClick={() => setTrace({ row, indicator: info })}>
          {indicatorValue(row.indicators[i].value, info.format)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>（{row.indicators[i].points.toFixed(1)}）</Typography.Text>
        </Button>
      ),
    })),
  ];
  return (
    <div data-testid="assessment">
      <Space style={{ marginBottom: 8 }} wrap>
        <Select style={{ width: 220 }} value={level} onChange={setLevel} options={schemes.map((s) => ({ value: s.level, label: s.name }))} data-testid="assessment-level" />
        <DatePicker picker="month" value={month} allowClear={false} onChange={(d) => d && setMonth(d)} aria-label={c.month} />
        {level && <Button icon={<DownloadOutlined />} href={api.assessmentExportUrl(period, level)} data-testid="assessment-export">{c.exportExcel}</Button>}
        <Typography.Text type="secondary">{c.traceHint}</Typography.Text>
      </Space>
      <Table<AssessmentRow> size="small" rowKey="code" loading={!result} dataSource={result?.rows} columns={columns}
        pagination={{ pageSize: 12, showSizeChanger: false }} scroll={{ x: 'max-content' }} />
      {trace && result && level && (
        <TraceDrawer period={period} level={level} row={trace.row} indicator={trace.indicator} onClose={() => setTrace(undefined)} onError={onError} />
      )}
    </div>
  );
}

function Change({ change, row }: { change: number | null; row: AssessmentRow }) {
  if (row.rank === null) return null;
  if (row.previousRank === null) return <Tag>{c.newcomer}</Tag>;
  if (!change) return <span>—</span>;
  return change > 0
    ? <span style={{ color: '#cf1322' }}><ArrowUpOutlined /> {change}</span>
    : <span style={{ color: '#389e0d' }}><ArrowDownOutlined /> {-change}</span>;
}
