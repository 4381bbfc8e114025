import { Cascader, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { orgUnit } from '../api/definitions';
import type { OrgUnit } from '../api/views';
import { messages as m } from '../messages';

interface Option { value: string; label: string; isLeaf?: boolean; children?: Option[]; loading?: boolean }

/** A reassignment target: a department of the county, or a street/community below it; empty = route again. */
export function ReassignTarget({ county, value, onChange }: { county: string; value?: string; onChange: (v?: string) => void }) {
  const [unit, setUnit] = useState<OrgUnit>();
  const [places, setPlaces] = useState<Option[]>([]);
  const [label, setLabel] = useState<string>();
  const pick = (code: string | undefined, name: string | undefined) => { setLabel(name); onChange(code); };
  useEffect(() => {
    orgUnit(county).then((u) => {
      setUnit(u);
      setPlaces(u.children.map((c) => ({ value: c.code, label: c.name, isLeaf: false })));
    }, () => undefined);
  }, [county]);
  const load = async (path: Option[]) => {
    const target = path[path.length - 1];
    const u = await orgUnit(target.value);
    target.children = u.children.map((c) => ({ value: c.code, label: c.name, isLeaf: path.length >= 1 }));
    setPlaces((p) => [...p]);
  };
  const isDepartment = unit?.departments.some((d) => d.code === value) ?? false;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} placeholder={m.reassignDepartment}
        aria-label={m.reassignDepartment} value={isDepartment ? value : undefined}
        options={(unit?.departments ?? []).map((d) => ({ value: d.code, label: d.name }))}
        onChange={(v?: string) => pick(v, unit?.departments.find((d) => d.code === v)?.name)} />
      <Cascader style={{ width: '100%' }} placeholder={m.reassignUnit} options={places} loadData={load} changeOnSelect
        value={undefined} onChange={(path, chosen) => pick(path?.length ? String(path[path.length - 1]) : undefined,
          chosen?.map((o) => o.label).join(' / '))} />
      <Typography.Text type="secondary" data-testid="reassign-target">{value ? `${m.reassignTarget}：${label ?? value}` : m.reassignAuto}</Typography.Text>
    </Space>
  );
}
