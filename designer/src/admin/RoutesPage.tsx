import { Button, Card, Col, Input, Modal, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import * as api from '../api/admin';
import type { CountyBaseline, Problem } from '../api/views';
import { nameOf, optionsOf, useDictionaries } from '../app/useDictionaries';
import { useAdmin, useDraftDocument } from './context';
import { adminMessages as a } from './messages';
import { ProblemList } from './ProblemList';
import { RouteTester } from './RouteTester';

export interface Rule {
  id: string; description?: string; place?: string; items?: string[]; categories?: string[]; functions?: string[];
  channels?: string[]; urgencies?: string[]; handler?: { level?: string; department?: string };
}
interface RuleRow extends Rule { origin?: string }

/** 派遣规则: the rules (a county's with their origin), an editor of a rule, "谁来办?" and the coverage check. */
export function RoutesPage() {
  const { scope, county, revision, changed, onError } = useAdmin();
  const path = county ? 'routes.json' : 'routes/routes.json';
  const { content, save } = useDraftDocument<{ routes?: Rule[]; add?: Rule[]; override?: Rule[] }>(path);
  const dict = useDictionaries();
  const [baseline, setBaseline] = useState<CountyBaseline>();
  const [editing, setEditing] = useState<RuleRow | null>(null);
  const [coverage, setCoverage] = useState<Problem[] | null>(null);
  useEffect(() => { if (county) api.baseline(scope.code, true).then(setBaseline, onError); }, [county, scope.code, revision, onError]);
  const rows: RuleRow[] = useMemo(() => {
    if (!county) return content?.routes ?? [];
    // A county sees the city's rules by name and its own adds and overrides with their fields.
    return (baseline?.routes ?? []).map((r) => {
      const own = [...(content?.add ?? []), ...(content?.override ?? [])].find((x) => x.id === r.id);
      return { ...own, id: r.id, description: r.description ?? own?.description, origin: r.origin };
    });
  }, [county, content, baseline]);
  const saveRule = async (row: RuleRow, rule: Rule) => {
    if (!content) return;
    if (!county) await save({ ...content, routes: (content.routes ?? []).map((r) => (r.id === row.id ? rule : r)) });
    else {
      const list = row.origin === 'added' ? 'add' : 'override';
      const own = content[list] ?? [];
      await save({ ...content, [list]: own.some((r) => r.id === rule.id) ? own.map((r) => (r.id === rule.id ? rule : r)) : [...own, rule] });
    }
    setEditing(null);
  };
  const reset = async (id: string) => { try { await api.resetToCity(scope.code, 'route', id); changed(); } catch (e) { onError(e); } };
  const check = async () => { try { setCoverage(await api.coverage(scope.code, true)); } catch (e) { onError(e); } };
  const list = (v?: string[], names?: { code: string; name: string }[]) => (v?.length ? v.map((c) => nameOf(names, c)).join(a.join) : null);
  return (
    <Row gutter={12}>
      <Col span={15}>
        <Card size="small" title={a.tabRoutes}>
          <Table<RuleRow> size="small" rowKey="id" dataSource={rows} data-testid="route-table" pagination={{ pageSize: 8, size: 'small', showSizeChanger: false }}
            columns={[
              { title: a.ruleId, dataIndex: 'id', width: 150, render: (id: string, r) => (
                <Space orientation="vertical" size={0}><Typography.Text code>{id}</Typography.Text>
                  {r.origin && <Tag color={r.origin === 'city' ? 'default' : r.origin === 'override' ? 'orange' : 'green'}>{a.origin[r.origin]}</Tag>}</Space>) },
              { title: a.ruleDescription, dataIndex: 'description' },
              { title: a.ruleMatch, width: 170, render: (_, r) => (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[r.place, r.items?.length ? a.ruleItems(r.items.length) : null, list(r.categories), list(r.functions),
                    list(r.channels, dict?.channels), list(r.urgencies, dict?.urgencies)].filter(Boolean).join(' · ')}
                </Typography.Text>) },
              { title: a.ruleHandler, width: 130, render: (_, r) => r.handler && (
                <span data-testid={`handler-${r.id}`}>{[r.handler.level && (r.handler.level === 'item' ? a.handlerItemLevel : nameOf(dict?.levels, r.handler.level)),
                  r.handler.department && (r.handler.department === 'item' ? a.handlerItemDepartment : r.handler.department)].filter(Boolean).join(' / ')}</span>) },
              { title: a.actions, width: 150, render: (_, r) => scope.editable && (
                <Space size={4}>
                  <Button size="small" onClick={() => setEditing(r)} data-testid={`edit-route-${r.id}`}>{a.edit}</Button>
                  {r.origin === 'override' && (
                    <Popconfirm title={a.resetToCity} onConfirm={() => void reset(r.id)} okText={a.ok} cancelText={a.cancel}>
                      <Button size="small">{a.resetToCity}</Button>
                    </Popconfirm>)}
                </Space>) },
            ]} />
        </Card>
      </Col>
      <Col span={9}>
        <RouteTester />
        <Card size="small" title={a.coverage} style={{ marginTop: 8 }} extra={<Button size="small" onClick={() => void check()} data-testid="coverage-run">{a.coverage}</Button>}>
          {coverage && (coverage.length === 0 ? <Typography.Text type="success">{a.coverageOk}</Typography.Text>
            : <><Typography.Text type="danger">{a.coverageProblems(coverage.length)}</Typography.Text><ProblemList problems={coverage} /></>)}
        </Card>
      </Col>
      {editing && <RuleDialog rule={editing} levels={[{ value: 'item', label: a.handlerItemLevel }, ...optionsOf(dict?.levels)]}
        channels={optionsOf(dict?.channels)} urgencies={optionsOf(dict?.urgencies)} onCancel={() => setEditing(null)} onOk={(r) => void saveRule(editing, r)} />}
    </Row>
  );
}

type Options = { value: string; label: string }[];

/** Edits what a rule matches and who handles; the rule's id stays (a county's override names the city's rule by it). */
function RuleDialog({ rule, levels, channels, urgencies, onCancel, onOk }: {
  rule: RuleRow; levels: Options; channels: Options; urgencies: Options; onCancel: () => void; onOk: (r: Rule) => void;
}) {
  const { origin: _, ...initial } = rule;
  const [r, setR] = useState<Rule>(initial);
  const setList = (k: 'items' | 'channels' | 'urgencies', v: string[]) => {
    const next = { ...r, [k]: v };
    if (!v.length) delete next[k];
    setR(next);
  };
  return (
    <Modal open width={640} title={a.editRule(rule.id)} onCancel={onCancel} onOk={() => onOk(r)} okText={a.save} cancelText={a.cancel}
      okButtonProps={{ 'data-testid': 'route-save' }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input addonBefore={a.ruleDescription} value={r.description} onChange={(e) => setR({ ...r, description: e.target.value })} />
        <Input addonBefore={a.testerItem} value={(r.items ?? []).join(',')} placeholder={a.listHint}
          onChange={(e) => setList('items', e.target.value.split(/[\s,，]+/).filter(Boolean))} />
        <Select mode="multiple" style={{ width: '100%' }} value={r.channels ?? []} options={channels} placeholder={a.ruleChannels} onChange={(v) => setList('channels', v)} />
        <Select mode="multiple" style={{ width: '100%' }} value={r.urgencies ?? []} options={urgencies} placeholder={a.ruleUrgencies} onChange={(v) => setList('urgencies', v)} />
        <Space>
          {a.handlerLevel}
          <Select style={{ width: 160 }} value={r.handler?.level} options={levels} data-testid="route-level" aria-label={a.handlerLevel}
            onChange={(level) => setR({ ...r, handler: { ...r.handler, level } })} />
          {a.handlerDepartment}
          <Input style={{ width: 120 }} value={r.handler?.department} data-testid="route-department" aria-label={a.handlerDepartment}
            onChange={(e) => { const { department: _, ...rest } = r.handler ?? {}; const d = e.target.value.trim(); setR({ ...r, handler: d ? { ...rest, department: d } : rest }); }} />
        </Space>
      </Space>
    </Modal>
  );
}
