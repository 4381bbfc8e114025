import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { activateModel, intakeModels, trainModel, type CountyModels, type ModelVersionView } from '../api/intake';
import { messages as m } from '../messages';
import { heldOutText } from '../model/intakeSuggestions';

/**
 * For administrators: each county's suggestion model, its versions with their held-out figures beside the catalog
 * alone, training now, and switching to any version (back to the previous one when a new one disappoints).
 */
export function IntakeModelsPage({ onError, onBack }: { onError: (e: unknown) => void; onBack: () => void }) {
  const { message } = App.useApp();
  const [counties, setCounties] = useState<CountyModels[]>();
  const [busy, setBusy] = useState<string>();
  const load = useCallback(() => intakeModels().then(setCounties, onError), [onError]);
  useEffect(() => { void load(); }, [load]);

  const run = async (key: string, action: () => Promise<string>) => {
    setBusy(key);
    try { message.success(await action()); await load(); } catch (e) { onError(e); } finally { setBusy(undefined); }
  };

  return (
    <div style={{ padding: 16 }} data-testid="intake-models">
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{m.modelsTitle}</Typography.Title>
        <Button size="small" onClick={onBack}>{m.modelsBack}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{m.modelsIntro}</Typography.Paragraph>
      {(counties ?? []).map((c) => (
        <Card key={c.county} size="small" style={{ marginBottom: 12 }} data-county={c.county}
          title={<Space wrap><span>{c.countyName}</span>
            <Tag>{m.modelsExamples} {c.examples}</Tag>
            <Tag color={c.activeVersion ? 'blue' : undefined}>{m.modelsActive}：{c.activeVersion ? m.modelsVersion(c.activeVersion) : m.modelsCatalogOnly}</Tag>
          </Space>}
          extra={<Button size="small" type="primary" loading={busy === c.county}
            onClick={() => void run(c.county, async () => m.modelsTrained((await trainModel(c.county)).version))}>{m.modelsTrain}</Button>}>
          {c.versions.length === 0 ? <Typography.Text type="secondary">{m.modelsNone}</Typography.Text> : (
            <Table<ModelVersionView> size="small" rowKey="version" pagination={false} scroll={{ x: true }} dataSource={c.versions} columns={[
              { title: m.modelsVersionColumn, dataIndex: 'version', render: (v: number) => m.modelsVersion(v) },
              { title: m.modelsCreated, dataIndex: 'createdAt', render: (t: string) => new Date(t).toLocaleString('zh-CN', { hour12: false }) },
              { title: m.modelsExamples, dataIndex: 'examples' },
              { title: m.modelsHeldOut, dataIndex: 'heldOut' },
              { title: m.modelsTop1, render: (_, v) => <span>{heldOutText(v.top1)} <Typography.Text type="secondary">（{m.modelsBase} {heldOutText(v.baseTop1)}）</Typography.Text></span> },
              { title: m.modelsTop3, render: (_, v) => <span>{heldOutText(v.top3)} <Typography.Text type="secondary">（{m.modelsBase} {heldOutText(v.baseTop3)}）</Typography.Text></span> },
              { title: m.modelsNote, dataIndex: 'note', render: (n: string | null) => n ?? '' },
              { title: '', render: (_, v) => v.active ? <Tag color="blue">{m.modelsInUse}</Tag> : (
                <Button size="small" loading={busy === `${c.county}/${v.version}`}
                  onClick={() => void run(`${c.county}/${v.version}`, async () => m.modelsActivated((await activateModel(c.county, v.version)).version))}>
                  {m.modelsActivate}
                </Button>) },
            ]} />
          )}
        </Card>
      ))}
    </div>
  );
}
