import { Card, Timeline, Typography } from 'antd';
import type { JournalEntry } from '../api/views';
import { messages as m } from '../messages';
import { formatTime } from '../model/deadline';

/** The case's journal (一事一档), oldest first, as the server wrote it. */
export function JournalTimeline({ journal }: { journal: JournalEntry[] }) {
  return (
    <Card size="small" title={m.journal}>
      <Timeline
        items={journal.map((j) => ({
          key: j.sequence,
          color: j.action.includes('超期') || j.action.includes('不') || j.action.includes('退回') ? 'red' : j.action.includes('预警') ? 'orange' : 'blue',
          content: (
            <div data-testid="journal-entry">
              <Typography.Text strong>{j.action}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {formatTime(j.at)}{j.actorName ? ` · ${j.actorName}` : ''}
              </Typography.Text>
              {j.comment && <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{j.comment}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
