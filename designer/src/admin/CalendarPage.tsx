import { Button, Card, Col, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useAdmin, useDraftDocument } from './context';
import { adminMessages as a } from './messages';

interface Period { start: string; end: string }
interface Day { name: string; date: string; isOffDay: boolean }
interface Year { year: number; papers: string[]; days: Day[] }
interface CityCalendar { timeZone: string; officeHours: Period[]; years: number[]; [k: string]: unknown }

/** 日历: office hours (a county's own over the city's) and, for the city, holidays and make-up days per year. */
export function CalendarPage() {
  const { scope, county } = useAdmin();
  const { content, save } = useDraftDocument<CityCalendar & { override?: { officeHours?: Period[] } }>(county ? 'calendar.json' : 'calendar/calendar.json');
  const [year, setYear] = useState<number>();
  const hours = county ? content?.override?.officeHours : content?.officeHours;
  return (
    <Row gutter={12}>
      <Col span={8}>
        <HoursCard hours={hours ?? []} editable={scope.editable && !!content}
          onSave={(h) => content && void save(county ? { ...content, override: { ...content.override, officeHours: h } } : { ...content, officeHours: h })} />
        {!county && content && (
          <Card size="small" title={a.years} style={{ marginTop: 8 }} data-testid="calendar-years">
            <Select style={{ width: 120 }} value={year} placeholder={a.noYear} onChange={setYear} options={content.years.map((y) => ({ value: y, label: String(y) }))}
              data-testid="calendar-year" />
            {scope.editable && <NewYear years={content.years} onAdd={async (y) => {
              // A new year is a document of its own plus the year listed in calendar.json; both go into the draft.
              const check = await save({ ...content, years: [...content.years, y].sort() });
              if (check) { setYear(y); }
            }} />}
          </Card>
        )}
      </Col>
      <Col span={16}>{!county && year && <HolidaysCard key={year} year={year} />}</Col>
    </Row>
  );
}

function NewYear({ years, onAdd }: { years: number[]; onAdd: (y: number) => void }) {
  const [y, setY] = useState<number | null>(Math.max(...years) + 1);
  return (
    <Space style={{ marginTop: 8 }}>
      <InputNumber min={2000} max={2100} value={y} onChange={setY} data-testid="new-year" aria-label={a.newYear} />
      <Button disabled={!y || years.includes(y)} onClick={() => y && onAdd(y)} data-testid="add-year">{a.addYear}</Button>
    </Space>
  );
}

function HoursCard({ hours, editable, onSave }: { hours: Period[]; editable: boolean; onSave: (h: Period[]) => void }) {
  const [h, setH] = useState(hours);
  useEffect(() => setH(hours), [hours]);
  return (
    <Card size="small" title={a.officeHours} data-testid="office-hours">
      {h.map((p, i) => (
        <Space key={i} style={{ marginBottom: 4, display: 'flex' }}>
          <Input style={{ width: 90 }} value={p.start} disabled={!editable} aria-label={a.officeStart} onChange={(e) => setH(h.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)))} />
          –
          <Input style={{ width: 90 }} value={p.end} disabled={!editable} aria-label={a.officeEnd} onChange={(e) => setH(h.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)))} />
        </Space>
      ))}
      {editable && <div><Space>
        <Button size="small" onClick={() => setH([...h, { start: '', end: '' }])}>{a.addPeriod}</Button>
        <Button size="small" type="primary" onClick={() => onSave(h)}>{a.save}</Button>
      </Space></div>}
    </Card>
  );
}

/** One year's holidays and make-up days: calendar/holidays/YYYY.json, a new document for a year not yet entered. */
function HolidaysCard({ year }: { year: number }) {
  const { scope } = useAdmin();
  const path = `calendar/holidays/${year}.json`;
  const { content, missing, save } = useDraftDocument<Year>(path);
  const [doc, setDoc] = useState<Year>({ year, papers: [], days: [] });
  useEffect(() => { if (content) setDoc(content); else if (missing) setDoc({ year, papers: [], days: [] }); }, [content, missing, year]);
  const set = (i: number, d: Partial<Day>) => setDoc({ ...doc, days: doc.days.map((x, j) => (j === i ? { ...x, ...d } : x)) });
  return (
    <Card size="small" title={a.holidays(year)} data-testid="holidays" extra={scope.editable && (
      <Space>
        <Button size="small" onClick={() => setDoc({ ...doc, days: [...doc.days, { name: '', date: `${year}-`, isOffDay: true }] })} data-testid="add-day">{a.addDay}</Button>
        <Button size="small" type="primary" onClick={() => void save(doc, path)} data-testid="holidays-save">{a.save}</Button>
      </Space>)}>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text>{a.papers}</Typography.Text>
        <Input style={{ width: 460 }} value={doc.papers.join(' ')} disabled={!scope.editable} data-testid="holiday-papers"
          onChange={(e) => setDoc({ ...doc, papers: e.target.value.split(/\s+/).filter(Boolean) })} />
      </Space>
      <Table<Day & { i: number }> size="small" rowKey="i" dataSource={doc.days.map((d, i) => ({ ...d, i }))} pagination={{ pageSize: 10, size: 'small' }}
        data-testid="holiday-table" columns={[
          { title: a.holidayName, render: (_, d) => <Input size="small" value={d.name} disabled={!scope.editable} onChange={(e) => set(d.i, { name: e.target.value })} data-testid="day-name" /> },
          { title: a.holidayDate, render: (_, d) => <Input size="small" value={d.date} disabled={!scope.editable} onChange={(e) => set(d.i, { date: e.target.value.trim() })} data-testid="day-date" /> },
          { title: a.holidayOff, render: (_, d) => (
            <Select size="small" style={{ width: 120 }} value={d.isOffDay} disabled={!scope.editable} onChange={(isOffDay) => set(d.i, { isOffDay })} data-testid="day-off"
              options={[{ value: true, label: a.offDay }, { value: false, label: a.workDay }]} />) },
        ]} />
    </Card>
  );
}
