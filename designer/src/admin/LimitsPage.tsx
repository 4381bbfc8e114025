import { Button, Card, Col, Input, InputNumber, Modal, Popconfirm, Row, Select, Space, Switch, Table, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import * as api from '../api/admin';
import type { BaselineLimit, CountyBaseline } from '../api/views';
import { nameOf, optionsOf, useDictionaries } from '../app/useDictionaries';
import { useAdmin, useDraftDocument } from './context';
import { DeadlinePreviewCard } from './DeadlinePreviewCard';
import { adminMessages as a } from './messages';

interface Amount { amount: number; unit: string }
interface Limit extends Amount { item?: string; category?: string; urgency: string }
interface Thresholds { blue: number; yellow: number; red: number }
interface CityLimits { warnings: Thresholds; stages: Record<string, Amount>; limits: Limit[] }
interface CountyLimits { add?: Limit[]; override?: Limit[]; warnings?: Thresholds; stages?: Record<string, Amount> }

/** A row of the limits table: the effective limit, where it comes from (county pages) and the city's beside an override. */
interface Row extends Limit { key: string; origin?: string; cityAmount?: number | null; cityUnit?: string | null }

const same = (x: Limit, y: Limit) => x.urgency === y.urgency && (x.item ?? null) === (y.item ?? null) && (x.category ?? null) === (y.category ?? null);

/** 时限: warning thresholds, stage limits and the limits per item or category and urgency, with a deadline preview. */
export function LimitsPage() {
  const { scope, county, revision, changed, onError } = useAdmin();
  const path = county ? 'limits.json' : 'limits/time-limits.json';
  const { content, save } = useDraftDocument<CityLimits & CountyLimits>(path);
  const dict = useDictionaries();
  const [baseline, setBaseline] = useState<CountyBaseline>();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Row | null>(null);
  useEffect(() => {
    if (county) api.baseline(scope.code, true).then(setBaseline, onError);
  }, [county, scope.code, revision, onError]);
  const rows: Row[] = useMemo(() => {
    if (county) return (baseline?.limits ?? []).map((l: BaselineLimit) => ({ ...l, item: l.item ?? undefined, category: l.category ?? undefined }));
    return (content?.limits ?? []).map((l) => ({ ...l, key: `${l.item ?? l.category}/${l.urgency}` }));
  }, [county, baseline, content]);
  const shown = rows.filter((r) => !filter || (r.item ?? r.category ?? '').startsWith(filter.trim()));

  const saveLimit = async (row: Row, next: Amount) => {
    if (!content) return;
    const limit: Limit = { ...(row.item ? { item: row.item } : { category: row.category }), urgency: row.urgency, ...next };
    if (!county) {
      await save({ ...content, limits: (content.limits ?? []).map((l) => (same(l, limit) ? limit : l)) });
    } else {
      // A county changes its own entry where it has one; a city limit becomes an override of it.
      const list = row.origin === 'added' ? 'add' : 'override';
      const own = content[list] ?? [];
      const entries = own.some((l) => same(l, limit)) ? own.map((l) => (same(l, limit) ? limit : l)) : [...own, limit];
      await save({ ...content, [list]: entries });
    }
    setEditing(null);
  };
  const reset = async (row: Row) => {
    try { await api.resetToCity(scope.code, 'limit', row.key); changed(); } catch (e) { onError(e); }
  };
  const thresholds = county ? content?.warnings : content?.warnings;
  return (
    <Row gutter={12}>
      <Col span={16}>
        <Card size="small" title={a.limits} extra={
          <Input.Search allowClear size="small" style={{ width: 240 }} placeholder={a.limitSearch} onSearch={setFilter} onChange={(e) => setFilter(e.target.value)}
            data-testid="limit-filter" />}>
          <Table<Row> size="small" rowKey="key" dataSource={shown} data-testid="limit-table" pagination={{ pageSize: 10, size: 'small', showSizeChanger: false }}
            columns={[
              { title: a.limitTarget, render: (_, r) => r.item ?? `${a.itemCategory} ${r.category}` },
              { title: a.limitUrgency, dataIndex: 'urgency', render: (u: string) => nameOf(dict?.urgencies, u) },
              { title: a.limitAmount, render: (_, r) => (
                <span data-testid={`limit-${r.key}`}>{`${r.amount} ${nameOf(dict?.timeUnits, r.unit)}`}
                  {r.origin === 'override' && r.cityAmount != null && (
                    <Tag style={{ marginLeft: 6 }}>{a.cityValue(`${r.cityAmount} ${nameOf(dict?.timeUnits, r.cityUnit ?? '')}`)}</Tag>)}
                </span>) },
              ...(county ? [{ title: a.originTitle, dataIndex: 'origin', render: (o: string) => (
                <Tag color={o === 'city' ? 'default' : o === 'override' ? 'orange' : 'green'}>{a.origin[o]}</Tag>) }] : []),
              { title: a.actions, width: 170, render: (_, r) => scope.editable && (
                <Space size={4}>
                  <Button size="small" onClick={() => setEditing(r)} data-testid={`edit-limit-${r.key}`}>{a.edit}</Button>
                  {r.origin === 'override' && (
                    <Popconfirm title={a.resetToCity} onConfirm={() => void reset(r)} okText={a.ok} cancelText={a.cancel}>
                      <Button size="small">{a.resetToCity}</Button>
                    </Popconfirm>)}
                </Space>) },
            ]} />
        </Card>
      </Col>
      <Col span={8}>
        <ThresholdsCard value={thresholds} county={county} editable={scope.editable}
          onSave={(w) => content && void save({ ...content, warnings: w })}
          onDrop={() => { if (content) { const { warnings: _, ...rest } = content; void save(rest as CityLimits & CountyLimits); } }} />
        {!county && content?.stages && (
          <Card size="small" title={a.stages} style={{ marginTop: 8 }}>
            <Table size="small" pagination={false} rowKey="step" dataSource={Object.entries(content.stages).map(([step, v]) => ({ step, ...v }))}
              columns={[
                { title: a.stage, dataIndex: 'step', render: (s: string) => nameOf(dict?.steps, s) },
                { title: a.limitAmount, render: (_, s) => `${s.amount} ${nameOf(dict?.timeUnits, s.unit)}` },
              ]} />
          </Card>
        )}
        <DeadlinePreviewCard />
      </Col>
      {editing && (
        <LimitDialog row={editing} units={optionsOf(dict?.timeUnits)} onCancel={() => setEditing(null)} onOk={(v) => void saveLimit(editing, v)} />
      )}
    </Row>
  );
}

function LimitDialog({ row, units, onCancel, onOk }: { row: Row; units: { value: string; label: string }[]; onCancel: () => void; onOk: (v: Amount) => void }) {
  const [amount, setAmount] = useState<number | null>(row.amount);
  const [unit, setUnit] = useState(row.unit);
  return (
    <Modal open title={`${a.editLimit} · ${row.item ?? row.category}`} onCancel={onCancel} okText={a.save} cancelText={a.cancel}
      onOk={() => amount && amount > 0 && onOk({ amount, unit })} okButtonProps={{ 'data-testid': 'limit-save' }}>
      <Space>
        <InputNumber min={1} value={amount} onChange={setAmount} aria-label={a.limitAmount} data-testid="limit-amount" />
        <Select style={{ width: 140 }} value={unit} onChange={setUnit} options={units} aria-label={a.limitUnit} data-testid="limit-unit" />
      </Space>
    </Modal>
  );
}

function ThresholdsCard({ value, county, editable, onSave, onDrop }: {
  value?: Thresholds; county: boolean; editable: boolean; onSave: (w: Thresholds) => void; onDrop: () => void;
}) {
  const [w, setW] = useState<Thresholds>(value ?? { blue: 0.5, yellow: 0.75, red: 0.9 });
  useEffect(() => { if (value) setW(value); }, [value]);
  const field = (k: keyof Thresholds, label: string) => (
    <Space key={k} style={{ marginRight: 8 }}>{label}
      <InputNumber size="small" min={0.05} max={1} step={0.05} value={w[k]} disabled={!editable || (county && !value)} data-testid={`threshold-${k}`}
        onChange={(v) => v != null && setW({ ...w, [k]: v })} style={{ width: 72 }} />
    </Space>
  );
  return (
    <Card size="small" title={`${a.warnings}${a.warningShare}`} data-testid="thresholds" extra={county && editable && (
      <Switch size="small" checked={!!value} checkedChildren={a.useOwnThresholds} unCheckedChildren={a.useOwnThresholds}
        onChange={(on) => (on ? onSave(w) : onDrop())} />)}>
      {field('blue', a.warningBlue)}{field('yellow', a.warningYellow)}{field('red', a.warningRed)}
      {county && !value && <div style={{ color: '#888', marginTop: 4 }}>{a.countyThresholdsHint}</div>}
      {editable && (!county || value) && <Button size="small" type="primary" style={{ marginTop: 8 }} onClick={() => onSave(w)} data-testid="threshold-save">{a.save}</Button>}
    </Card>
  );
}
