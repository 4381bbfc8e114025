import { Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { messages as m } from '../messages';

/** The frame of the public pages: title and the two links a citizen needs, no login. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px', background: '#003a8c' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{m.title}</Typography.Text>
        <div style={{ flex: 1 }} />
        <Space size={16}>
          <a href="#/report" style={{ color: '#fff' }}>{m.publicReport}</a>
          <a href="#/track" style={{ color: '#fff' }}>{m.publicTrack}</a>
        </Space>
      </Layout.Header>
      <Layout.Content><div className="gov-page">{children}</div></Layout.Content>
    </Layout>
  );
}
