import { List, Segmented, Typography } from 'antd';
import { useEffect, useState } from 'react';
import * as api from '../../api/command';
import type { BriefingList } from '../../api/commandTypes';
import { commandMessages as c } from '../../messages';
import { shortTime } from '../model/format';
import { BriefingView } from './BriefingView';

/** 研判简报: the briefings made for the user's place, by kind; one opens to read and export. */
export function BriefingsTab({ onError }: { onError: (e: unknown) => void }) {
  const [definition, setDefinition] = useState<string>('');
  const [list, setList] = useState<BriefingList>();
  const [open, setOpen] = useState<string>();
  useEffect(() => { api.briefings(definition || undefined).then(setList, onError); }, [definition, onError]);
  return (
    <div data-testid="briefings">
      <Segmented style={{ marginBottom: 8 }} value={definition} onChange={(v) => setDefinition(v as string)}
        options={[{ label: c.allBriefings, value: '' }, ...(list?.definitions ?? []).map((d) => ({ label: d.name, value: d.id }))]} />
      <List size="small" loading={!list} dataSource={list?.items} locale={{ emptyText: c.noBriefings }} renderItem={(b) => (
        <List.Item key={b.id} onClick={() => setOpen(b.id)} style={{ cursor: 'pointer' }} data-testid={`briefing-${b.definitionId}`}>
          <List.Item.Meta title={<a>{b.title}</a>} description={<Typography.Text type="secondary">{b.name} · {b.scopeName} · {c.generatedAt} {shortTime(b.generatedAt)}</Typography.Text>} />
        </List.Item>
      )} />
      {open && <BriefingView id={open} onClose={() => setOpen(undefined)} onError={onError} />}
    </div>
  );
}
