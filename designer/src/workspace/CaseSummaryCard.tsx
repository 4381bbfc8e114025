import { Card, Descriptions, Tag } from 'antd';
import type { CaseDetail } from '../api/views';
import { messages as m } from '../messages';
import { formatTime } from '../model/deadline';
import { WarningTag } from './WarningTag';

/** What the case is, where (no map: address, grid, coordinates) and who reported it (masked as the server says). */
export function CaseSummaryCard({ detail, narrow }: { detail: CaseDetail; narrow: boolean }) {
  const c = detail.case;
  const coords = detail.longitude !== null && detail.latitude !== null ? `${detail.longitude.toFixed(6)}, ${detail.latitude.toFixed(6)}` : m.noCoordinates;
  return (
    <Card size="small" title={<span data-testid="case-number">{c.number}</span>}
      extra={<Tag color="blue" data-testid="case-status">{c.statusName}</Tag>}>
      <Descriptions size="small" column={narrow ? 1 : 2} bordered={!narrow}>
        <Descriptions.Item label={m.item}>{c.itemCode} {c.itemName}</Descriptions.Item>
        <Descriptions.Item label={m.urgency}>{c.urgencyName}</Descriptions.Item>
        <Descriptions.Item label={m.channel}>{c.channelName}</Descriptions.Item>
        <Descriptions.Item label={m.reportedAt}>{formatTime(c.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={m.deadline}><WarningTag warning={c.warning} deadline={c.deadline} /></Descriptions.Item>
        <Descriptions.Item label={m.assignee}><span data-testid="case-assignee">{c.assignee ? `${c.assignee.name}（${c.assignee.levelName}）` : '—'}</span></Descriptions.Item>
        <Descriptions.Item label={m.description} span={narrow ? 1 : 2}>{c.description}</Descriptions.Item>
        <Descriptions.Item label={m.address} span={narrow ? 1 : 2}>{c.address ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={m.grid}>{c.placeName}（{c.gridCode}）</Descriptions.Item>
        <Descriptions.Item label={m.coordinates}>{coords}</Descriptions.Item>
        <Descriptions.Item label={m.reporter}>{detail.reporter.name ?? '—'}{detail.reporter.masked ? m.masked : ''}</Descriptions.Item>
        <Descriptions.Item label={m.reporterPhone}>{detail.reporter.phone ?? '—'}</Descriptions.Item>
        {detail.closedAt && <Descriptions.Item label={m.closedAt}>{formatTime(detail.closedAt)}</Descriptions.Item>}
        {detail.satisfaction && <Descriptions.Item label={m.satisfaction}><span data-testid="case-satisfaction">{detail.satisfactionName ?? detail.satisfaction}</span></Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}
