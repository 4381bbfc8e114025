import { Col, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { orgUnit } from '../api/definitions';
import { messages as m } from '../messages';

type Level = 'county' | 'street' | 'community' | 'grid';
const levels: Level[] = ['county', 'street', 'community', 'grid'];
const labels: Record<Level, string> = { county: m.county, street: m.street, community: m.community, grid: m.gridLabel };

interface Props { root: string; value?: string; onChange: (grid: string | undefined) => void; onCounty?: (county: string | undefined) => void }

/** County → street → community → grid, each list loaded from the org tree when its parent is chosen. */
export function PlacePicker({ root, onChange, onCounty }: Props) {
  const [chosen, setChosen] = useState<Partial<Record<Level, string>>>({});
  const [lists, setLists] = useState<Partial<Record<Level, { value: string; label: string }[]>>>({});
  useEffect(() => {
    orgUnit(root).then((u) => setLists({ county: u.children.map((c) => ({ value: c.code, label: c.name })) }), () => undefined);
  }, [root]);
  const choose = (level: Level, code: string | undefined) => {
    const i = levels.indexOf(level);
    const next: Partial<Record<Level, string>> = {};
    levels.slice(0, i).forEach((l) => { next[l] = chosen[l]; });
    next[level] = code;
    setChosen(next);
    setLists((ls) => { const n = { ...ls }; levels.slice(i + 1).forEach((l) => delete n[l]); return n; });
    onChange(level === 'grid' ? code : undefined);
    if (level === 'county') onCounty?.(code);
    const below = levels[i + 1];
    if (code && below)
      orgUnit(code).then((u) => setLists((ls) => ({ ...ls, [below]: u.children.map((c) => ({ value: c.code, label: c.name })) })), () => undefined);
  };
  return (
    <Row gutter={[8, 8]}>
      {levels.map((l) => (
        <Col key={l} xs={12} sm={6}>
          <Select style={{ width: '100%' }} placeholder={labels[l]} aria-label={labels[l]}
            data-testid={`place-${l}`} value={chosen[l]} options={lists[l] ?? []} disabled={!lists[l]}
            onChange={(v: string) => choose(l, v)} />
        </Col>
      ))}
    </Row>
  );
}
