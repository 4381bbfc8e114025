import { Descriptions, Drawer, Table, Tabs, Tag } from 'antd';
import { useEffect, useState } from 'react';
import * as api from '../../api/command';
import { nameOf, useDictionaries } from '../../app/useDictionaries';
import type { AssessmentRow, AssessmentTrace, IndicatorInfo, TracedAssignment, TracedCase } from '../../api/commandTypes';
import { commandMessages as c } from '../../messages';
import { indicatorValue, shortTime } from '../model/format';

interface Props { period: string; level: string; row: AssessmentRow; indicator: IndicatorInfo; onClose: () => void; onError: (e: unknown) => void }

/** The cases and assignments behind one subject's indicator for the month, with the flags that counted each. */
export function TraceDrawer({ period, level, row, indicator, onClose, onError }: Props) {
  const [trace, setTrace] = useState<AssessmentTrace>();
  const satisfactions = useDictionaries()?.satisfactions; // names from the server, as codes until they load
  useEffect(() => { api.trace(period, level, row.code, indicator.code).then(setTrace, onError); }, [period, level, row.code, indicator.code, onError]);
  const flag = (on: boolean, label: string, colour: string) => (on ? <Tag color={colour}>{label}</Tag> : null);
  return (
    <Drawer open width={900} title={c.traceTitle(row.name, indicator.name)} onClose={onClose} loading={!trace}>
      {trace && (
        <>
          <Descriptions size="small" column={3} bordered title={c.traceMeasures} items={[
            { label: indicator.name, children: indicatorValue(trace.indicator?.value ?? null, indicator.format) },
            { label: c.formulaOf(indicator.formula, indicator.weight), span: 2, children: `${trace.indicator?.points.toFixed(1)} / ${indicator.weight}` },
            ...indicator.measures.map((m) => ({ label: m.label, children: String(roundOf(trace.indicator?.measures[m.name])) })),
          ]} />
          <Tabs style={{ marginTop: 12 }} items={[
            { key: 'cases', label: c.traceCases(trace.cases.length), children: (
              <Table<TracedCase> size="small" rowKey={(t) => t.case.id} dataSource={trace.cases} pagination={{ pageSize: 10 }} data-testid="trace-cases" columns={[
                { title: c.colTime, render: (_, t) => shortTime(t.case.reportedAt), width: 110 },
                { title: c.colNumber, render: (_, t) => <a href={`#/case/${t.case.id}`}>{t.case.number}</a>, width: 190 },
                { title: c.colItem, render: (_, t) => t.case.itemName, ellipsis: true },
                { title: c.colStatus, render: (_, t) => t.case.statusName, width: 110 },
                { title: '', render: (_, t) => <>{flag(t.closed, c.flagClosed, 'blue')}{flag(t.onTime, c.flagOnTime, 'green')}{flag(t.overdue, c.flagOverdue, 'red')}
                  {flag(t.returned, c.flagReturned, 'orange')}{flag(t.reopened, c.flagReopened, 'purple')}{t.satisfaction && <Tag>{nameOf(satisfactions, t.satisfaction.toLowerCase())}</Tag>}</> },
              ]} />) },
            { key: 'assignments', label: c.traceAssignments(trace.assignments.length), children: (
              <Table<TracedAssignment> size="small" rowKey="taskId" dataSource={trace.assignments} pagination={{ pageSize: 10 }} columns={[
                { title: c.colTime, render: (_, t) => shortTime(t.createdAt), width: 110 },
                { title: c.colNumber, render: (_, t) => <a href={`#/case/${t.caseId}`}>{t.number}</a>, width: 190 },
                { title: c.colItem, dataIndex: 'itemName', ellipsis: true },
                { title: c.colResponse, render: (_, t) => c.responseMinutes(t.responseMinutes), width: 110 },
                { title: '', render: (_, t) => <>{flag(t.returned, c.flagReturned, 'orange')}{flag(t.overdue, c.flagOverdue, 'red')}</> },
              ]} />) },
          ]} />
        </>
      )}
    </Drawer>
  );
}

const roundOf = (v: number | null | undefined) => (v === null || v === undefined ? '—' : Number.isInteger(v) ? v : v.toFixed(2));
