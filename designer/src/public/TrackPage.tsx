import { Alert, Button, Card, Descriptions, Form, Input, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/http';
import { track } from '../api/publicCases';
import type { PublicCase } from '../api/views';
import { nameOf, useDictionaries } from '../app/useDictionaries';
import { messages as m } from '../messages';
import { formatTime } from '../model/deadline';
import { PublicShell } from './PublicShell';
import { RatingForm } from './RatingForm';

interface Props { path: string; navigate: (path: string) => void }

const done = (v: PublicCase) => ['closed', 'archived'].includes(v.status);

/** Follow a case by number and phone: where it stands and what happened in plain words, the answer, the time limit; rating once closed. */
export function TrackPage({ path }: Props) {
  const initialNumber = decodeURIComponent(/^\/track\/([^/?]+)/.exec(path)?.[1] ?? '');
  const [form] = Form.useForm<{ number: string; phone: string }>();
  const satisfactions = useDictionaries()?.satisfactions;
  const [view, setView] = useState<PublicCase>();
  const [asked, setAsked] = useState<{ number: string; phone: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = async (number: string, phone: string) => {
    setBusy(true);
    setError(undefined);
    try {
      setView(await track(number, phone));
      setAsked({ number, phone });
    } catch (e) {
      setView(undefined);
      if (e instanceof ApiError && e.status === 404) setError(m.trackNotFound);
      else if (e instanceof ApiError && e.status === 429) setError(e.detail || m.tooMany);
      else setError(e instanceof ApiError ? e.detail : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicShell>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{m.trackTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{m.trackIntro}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ number: initialNumber }}
          onFinish={(v) => void load(v.number.trim(), v.phone.trim())}>
          <Form.Item name="number" label={m.numberLabel} rules={[{ required: true, whitespace: true, message: m.numberRequired }]}>
            <Input placeholder="990102-20261122-0001" />
          </Form.Item>
          <Form.Item name="phone" label={m.phone} rules={[{ required: true, message: m.phoneRequired }, { pattern: /^1\d{10}$/, message: m.phoneInvalid }]}>
            <Input inputMode="numeric" maxLength={11} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{m.query}</Button>
        </Form>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} role="alert" data-testid="track-error" />}
      </Card>
      {view && asked && (
        <Card style={{ marginTop: 16 }} title={view.number} extra={<Tag color={done(view) ? 'green' : 'blue'} data-testid="public-status">{view.stage}</Tag>}>
          {view.deadline && <Alert type="info" showIcon title={view.deadline} style={{ marginBottom: 12 }} data-testid="public-deadline" />}
          {view.answer.length > 0 && (
            <div className="gov-answer" data-testid="public-answer">
              <Typography.Title level={5} style={{ marginTop: 0 }}>{m.publicAnswer}</Typography.Title>
              {view.answer.map((a) => <div key={a.label}><Typography.Text type="secondary">{a.label}：</Typography.Text>{a.text}</div>)}
            </div>
          )}
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={m.item}>{view.itemName}</Descriptions.Item>
            {view.description && <Descriptions.Item label={m.description}>{view.description}</Descriptions.Item>}
            <Descriptions.Item label={m.reportedAt}>{formatTime(view.reportedAt)}</Descriptions.Item>
            {view.closedAt && <Descriptions.Item label={m.closedAt}>{formatTime(view.closedAt)}</Descriptions.Item>}
            {view.satisfaction && <Descriptions.Item label={m.satisfaction}>
              <span data-testid="public-satisfaction">{nameOf(satisfactions, view.satisfaction)}</span></Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5}>{m.progress}</Typography.Title>
          <Timeline items={view.progress.map((j, i) => ({
            key: i, color: i === view.progress.length - 1 ? 'blue' : 'gray',
            content: (
              <div data-testid="public-step">
                <strong>{j.text}</strong> <Typography.Text type="secondary">{formatTime(j.at)}</Typography.Text>
                {j.detail && <div><Typography.Text type="secondary">{j.detail}</Typography.Text></div>}
              </div>
            ),
          }))} />
          {view.canRate && <RatingForm number={asked.number} phone={asked.phone} onRated={() => void load(asked.number, asked.phone)} />}
        </Card>
      )}
    </PublicShell>
  );
}
