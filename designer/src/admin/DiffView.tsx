import { Card, Empty, Table, Tag, Typography } from 'antd';
import type { DocumentDiff, PackageDiff } from '../api/views';
import { adminMessages as a } from './messages';

type Element = DocumentDiff['elements'][number];
const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 2));
const changeColor: Record<string, string> = { added: 'green', removed: 'red', changed: 'orange' };

/** Two versions side by side: per document its changed elements (before | after) and the whole texts beside each other. */
export function DiffView({ diff }: { diff: PackageDiff }) {
  if (diff.documents.length === 0) return <Empty description={a.noDifference} />;
  return (
    <div data-testid="diff">
      {diff.documents.map((d) => (
        <Card key={d.path} size="small" style={{ marginBottom: 12 }} data-testid="diff-document"
          title={<><Tag color={changeColor[d.change]}>{a.changeKind[d.change]}</Tag><Typography.Text code>{d.path}</Typography.Text></>}>
          {d.elements.length > 0 && (
            <Table<Element> size="small" rowKey={(e) => `${e.path}:${e.key}`} dataSource={d.elements} pagination={false} data-testid="diff-elements"
              columns={[
                { title: a.element, width: 200, render: (_, e) => (
                  <><Tag color={changeColor[e.change]}>{a.changeKind[e.change]}</Tag><Typography.Text code>{e.key || e.path}</Typography.Text>
                    {e.fields.length > 0 && <div><Typography.Text type="secondary">{a.labelled(a.fields) + e.fields.join(a.join)}</Typography.Text></div>}</>) },
                { title: a.before, width: '40%', render: (_, e) => <pre className="gov-diff-side">{json(e.before)}</pre> },
                { title: a.after, width: '40%', render: (_, e) => <pre className="gov-diff-side">{json(e.after)}</pre> },
              ]} />
          )}
          {d.elements.length === 0 && (
            <div style={{ display: 'flex', gap: 8 }}>
              <pre className="gov-diff-side" style={{ flex: 1 }}>{d.before ?? ''}</pre>
              <pre className="gov-diff-side" style={{ flex: 1 }}>{d.after ?? ''}</pre>
            </div>
          )}
        </Card>
      ))}
    </div>
  );
}
