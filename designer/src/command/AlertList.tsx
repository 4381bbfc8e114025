import { Button, List, Space, Tag, Typography } from 'antd';
import type { AlertLine } from '../api/commandTypes';
import { commandMessages as c } from '../messages';
import { shortTime } from './model/format';

const Colours = { red: 'red', yellow: 'gold', blue: 'blue' } as const;

/** Alerts with their colour, what happened, where, and the cases behind them (each opens in the workspace). */
export function AlertList({ alerts, loading, onAcknowledge }: { alerts: AlertLine[] | undefined; loading?: boolean; onAcknowledge?: (a: AlertLine) => void }) {
  return (
    <List<AlertLine> size="small" loading={loading} dataSource={alerts} locale={{ emptyText: c.noAlerts }} data-testid="alert-list"
      renderItem={(a) => (
        <List.Item key={a.id} data-testid={`alert-${a.ruleId}`} actions={onAcknowledge && !a.acknowledged
          ? [<Button key="ack" size="small" onClick={() => onAcknowledge(a)}>{c.acknowledge}</Button>]
          : a.acknowledged ? [<Typography.Text key="ack" type="secondary">{c.acknowledged}</Typography.Text>] : []}>
          <List.Item.Meta
            title={<Space size={6} wrap><Tag color={Colours[a.level]}>{a.levelName}</Tag><span>{a.ruleName}</span>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>{shortTime(a.updatedAt)} · {a.placeName}</Typography.Text></Space>}
            description={<>
              <div style={{ color: 'rgba(0,0,0,0.85)' }}>{a.summary}</div>
              <Space size={4} wrap style={{ marginTop: 4 }}>
                {c.alertCases(a.caseIds.length)}：{a.caseIds.map((id, i) => <a key={id} href={`#/case/${id}`}>{a.caseNumbers[i]}</a>)}
              </Space>
            </>} />
        </List.Item>
      )} />
  );
}
