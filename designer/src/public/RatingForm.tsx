import { Alert, App, Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/http';
import { rate } from '../api/publicCases';
import { optionsOf, useDictionaries } from '../app/useDictionaries';
import { messages as m } from '../messages';

/** 满意 / 基本满意 / 不满意, with an optional comment; only offered while the case waits for the rating. */
export function RatingForm({ number, phone, onRated }: { number: string; phone: string; onRated: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const satisfactions = optionsOf(useDictionaries()?.satisfactions);
  const submit = async (v: { satisfaction: string; comment?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await rate(number, phone, v.satisfaction, v.comment?.trim() ?? '');
      message.success(m.rateDone);
      onRated();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setError(`${m.rateConflict}（${e.detail}）`);
      else setError(e instanceof ApiError ? e.detail : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="rating-form" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 12 }}>
      <Typography.Title level={5}>{m.rateTitle}</Typography.Title>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form layout="vertical" onFinish={submit}>
        <Form.Item name="satisfaction" rules={[{ required: true, message: m.ratingRequired }]}>
          <Radio.Group optionType="button" buttonStyle="solid"
            options={satisfactions} />
        </Form.Item>
        <Form.Item name="comment" label={m.rateComment}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>{m.rateSubmit}</Button>
      </Form>
    </div>
  );
}
