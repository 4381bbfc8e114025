import { Tag } from 'antd';
import type { Warning } from '../api/types';
import { messages as m } from '../messages';
import { deadlineText, warningColor } from '../model/deadline';

/** The deadline as a coloured tag: blue/yellow/red warnings and overdue, as the server computed them. */
export function WarningTag({ warning, deadline }: { warning: Warning; deadline: string | null }) {
  return (
    <Tag color={warningColor[warning] ?? 'default'} data-warning={warning} title={m.warnings[warning]}>
      {warning !== 'none' ? `${m.warnings[warning]} · ` : ''}{deadlineText(deadline, Date.now())}
    </Tag>
  );
}
