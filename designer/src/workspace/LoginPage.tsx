import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/http';
import { messages as m } from '../messages';

interface Props { onLogin: (username: string, password: string) => Promise<void> }

export function LoginPage({ onLogin }: Props) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try { await onLogin(v.username, v.password); } catch (e) { setError(e instanceof ApiError ? e.detail : String(e)); } finally { setBusy(false); }
  };
  return (
    <div className="gov-page" style={{ maxWidth: 420, paddingTop: '12vh' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{m.title}</Typography.Title>
        <Typography.Paragraph type="secondary">{m.loginTitle}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={m.username} rules={[{ required: true, message: m.usernameRequired }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={m.password} rules={[{ required: true, message: m.passwordRequired }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{m.login}</Button>
        </Form>
        <Space style={{ marginTop: 16 }}>
          <a href="#/report">{m.publicReport}</a>
          <a href="#/track">{m.publicTrack}</a>
        </Space>
      </Card>
    </div>
  );
}
