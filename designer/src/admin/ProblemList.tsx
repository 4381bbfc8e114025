import { Table, Typography } from 'antd';
import type { Problem } from '../api/views';
import { adminMessages as a } from './messages';

/** Problems of a draft or a refused publish, each naming its file and JSON path (where the element is). */
export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <Table<Problem> size="small" rowKey={(p, i) => `${p.file}:${p.path}:${p.code}:${i}`} dataSource={problems} data-testid="problems"
      pagination={problems.length > 8 ? { pageSize: 8, size: 'small' } : false} scroll={{ x: true }}
      columns={[
        { title: a.problemFile, dataIndex: 'file', width: 220, render: (f: string) => <Typography.Text code>{f}</Typography.Text> },
        { title: a.problemPath, dataIndex: 'path', width: 220, render: (p: string) => <Typography.Text code>{p}</Typography.Text> },
        { title: a.problemCode, dataIndex: 'code', width: 170 },
        { title: a.problemMessage, dataIndex: 'message' },
      ]} />
  );
}
