import { Button, Card, Descriptions, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import * as api from '../api/admin';
import { catalog } from '../api/definitions';
import type { OrgNode, RouteTest } from '../api/views';
import { optionsOf, useDictionaries } from '../app/useDictionaries';
import { useAdmin } from './context';
import { adminMessages as a } from './messages';

const grids = (n: OrgNode, path: string[] = []): { value: string; label: string }[] =>
  n.children.length === 0 && n.level === 'grid' ? [{ value: n.code, label: [...path, n.name].join(' / ') }]
    : n.children.flatMap((c) => grids(c, n.level === 'city' || n.level === 'county' ? [] : [...path, n.name]));

/** 谁来办？: item, grid, channel and urgency → the unit and department, the rule that matched and why. */
export function RouteTester() {
  const { scope, county, onError } = useAdmin();
  const dict = useDictionaries();
  const [items, setItems] = useState<{ value: string; label: string }[]>([]);
  const [places, setPlaces] = useState<{ value: string; label: string }[]>([]);
  const [q, setQ] = useState({ item: '', grid: '', channel: '', urgency: 'normal', draft: true });
  const [result, setResult] = useState<RouteTest>();
  useEffect(() => {
    catalog(undefined, county ? scope.code : undefined).then(
      (c) => setItems(c.flatMap((k) => k.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` })))), onError);
    api.org(scope.code).then((o) => setPlaces(grids(o)), onError);
  }, [scope.code, county, onError]);
  const run = async () => {
    try { setResult(await api.routeTest(scope.code, { ...q, channel: q.channel || undefined })); } catch (e) { onError(e); }
  };
  return (
    <Card size="small" title={a.tester} data-testid="route-tester">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select showSearch optionFilterProp="label" placeholder={a.testerItem} options={items} value={q.item || undefined}
          onChange={(item) => setQ({ ...q, item })} data-testid="tester-item" style={{ width: '100%' }} />
        <Select showSearch optionFilterProp="label" placeholder={a.testerGrid} options={places} value={q.grid || undefined}
          onChange={(grid) => setQ({ ...q, grid })} data-testid="tester-grid" style={{ width: '100%' }} />
        <Space>
          <Select allowClear placeholder={a.testerChannel} options={optionsOf(dict?.channels)} value={q.channel || undefined}
            onChange={(channel) => setQ({ ...q, channel: channel ?? '' })} style={{ width: 140 }} data-testid="tester-channel" />
          <Select options={optionsOf(dict?.urgencies)} value={q.urgency} onChange={(urgency) => setQ({ ...q, urgency })} style={{ width: 90 }}
            data-testid="tester-urgency" aria-label={a.testerUrgency} />
          <Switch size="small" checked={q.draft} onChange={(draft) => setQ({ ...q, draft })} />{a.testerDraft}
        </Space>
        <Button type="primary" block disabled={!q.item || !q.grid} onClick={() => void run()} data-testid="tester-run">{a.testRun}</Button>
        {result && (result.routed ? (
          <Descriptions size="small" column={1} data-testid="tester-result">
            <Descriptions.Item label={a.testUnit}><span data-testid="tester-unit">{result.unitName}</span></Descriptions.Item>
            <Descriptions.Item label={a.testDepartment}>{`${result.departmentName ?? a.none}${result.fellBackUp ? a.testFellBack : ''}`}</Descriptions.Item>
            <Descriptions.Item label={a.testRule}><Typography.Text code>{result.ruleId}</Typography.Text>{` ${result.ruleDescription ?? ''}`}</Descriptions.Item>
            <Descriptions.Item label={a.testExplanation}>{result.explanation}</Descriptions.Item>
          </Descriptions>
        ) : <Typography.Text type="danger" data-testid="tester-result">{a.labelled(a.notRouted) + result.explanation}</Typography.Text>)}
      </Space>
    </Card>
  );
}
