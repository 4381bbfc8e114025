import { Button, Card, Descriptions, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import * as api from '../api/admin';
import type { DeadlinePreview } from '../api/views';
import { nameOf, optionsOf, useDictionaries } from '../app/useDictionaries';
import { useAdmin } from './context';
import { adminMessages as a } from './messages';

const shown = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : a.none);

/** 时限预览: from a moment, an item and urgency → the deadline and its blue/yellow/red moments, on the draft's calendar. */
export function DeadlinePreviewCard() {
  const { scope, onError } = useAdmin();
  const dict = useDictionaries();
  const [from, setFrom] = useState(dayjs().format('YYYY-MM-DDTHH:mm'));
  const [item, setItem] = useState('');
  const [urgency, setUrgency] = useState('normal');
  const [result, setResult] = useState<DeadlinePreview>();
  const run = async () => {
    try { setResult(await api.deadlinePreview(scope.code, { from: dayjs(from).format(), item, urgency, draft: true })); } catch (e) { onError(e); }
  };
  return (
    <Card size="small" title={a.preview} style={{ marginTop: 8 }} data-testid="deadline-preview">
      <Space wrap>
        <Input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} aria-label={a.previewFrom} style={{ width: 190 }} data-testid="preview-from" />
        <Input value={item} onChange={(e) => setItem(e.target.value)} placeholder={a.itemCode} style={{ width: 90 }} data-testid="preview-item" />
        <Select value={urgency} onChange={setUrgency} options={optionsOf(dict?.urgencies)} style={{ width: 90 }} aria-label={a.limitUrgency} />
        <Button onClick={() => void run()} data-testid="preview-run">{a.previewRun}</Button>
      </Space>
      {result && (result.problem ? <Typography.Text type="danger">{result.problem}</Typography.Text> : (
        <Descriptions size="small" column={1} style={{ marginTop: 8 }} data-testid="preview-result">
          <Descriptions.Item label={a.limitAmount}>{a.withNote(`${result.amount} ${nameOf(dict?.timeUnits, result.unit)}`, result.limitSource)}</Descriptions.Item>
          <Descriptions.Item label={a.deadline}><span data-testid="preview-deadline">{shown(result.deadline)}</span></Descriptions.Item>
          <Descriptions.Item label={<span style={{ color: '#1677ff' }}>{a.warningBlue}</span>}>{shown(result.blue)}</Descriptions.Item>
          <Descriptions.Item label={<span style={{ color: '#d4b106' }}>{a.warningYellow}</span>}>{shown(result.yellow)}</Descriptions.Item>
          <Descriptions.Item label={<span style={{ color: '#f5222d' }}>{a.warningRed}</span>}>{shown(result.red)}</Descriptions.Item>
        </Descriptions>
      ))}
    </Card>
  );
}
