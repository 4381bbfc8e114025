import { Tag } from 'antd';
import type { Warning } from '../api/views';
import { nameOf, useDictionaries } from '../app/useDictionaries';
import { deadlineText, warningColor } from '../model/deadline';

/** The deadline as a coloured tag: blue/yellow/red warnings and overdue, as the server computed them. */
export function WarningTag({ warning, deadline }: { warning: Warning; deadline: string | null }) {
  const name = nameOf(useDictionaries()?.warnings, warning);
  return (
    <Tag color={warningColor[warning] ?? 'default'} data-warning={warning} title={name}>
      {warning !== 'none' ? `${name} · ` : ''}{deadlineText(deadline, Date.now())}
    </Tag>
  );
}
