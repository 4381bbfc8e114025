import { CheckOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Button, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { duplicatesOf } from '../api/intake';
import type { CaseSummary, DuplicateView } from '../api/types';
import { messages as m } from '../messages';
import { confidencePercent } from '../model/intakeSuggestions';
import { useItemSuggestions } from './useItemSuggestions';

interface Props {
  subject: CaseSummary; county: string; chosen?: string; busy: boolean;
  onTake: (code: string) => void; onMerge: (number: string) => void;
}

/**
 * What the register dialog offers the operator: the three likely items for the description (one click takes one into
 * the item field) and open cases nearby that may be the same event, each with why, and 合并 to merge into it at once.
 */
export function RegisterAssist({ subject, county, chosen, busy, onTake, onMerge }: Props) {
  const { suggestions } = useItemSuggestions(subject.description, county, 0);
  const [duplicates, setDuplicates] = useState<DuplicateView[]>([]);
  useEffect(() => { duplicatesOf(subject.id).then(setDuplicates, () => setDuplicates([])); }, [subject.id]);
  const current = chosen ?? subject.itemCode;
  return (
    <div style={{ marginBottom: 12 }}>
      {suggestions.length > 0 && (
        <div data-testid="register-suggestions" style={{ marginBottom: 12 }}>
          <Typography.Text strong>{m.suggestedItems}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{m.suggestedItemsHint}</Typography.Text>
          <Space wrap size={[8, 8]} style={{ display: 'flex', marginTop: 6 }}>
            {suggestions.map((s) => {
              const taken = s.code === current;
              return (
                <Button key={s.code} size="small" type={taken ? 'primary' : 'default'} icon={taken ? <CheckOutlined /> : undefined}
                  aria-pressed={taken} data-code={s.code} onClick={() => onTake(s.code)} title={s.matched.join('、')}>
                  {s.code} {s.name}
                  <Typography.Text type={taken ? undefined : 'secondary'} style={{ marginLeft: 4, fontSize: 12, color: taken ? '#fff' : undefined }}>
                    {m.confidence(confidencePercent(s.confidence))}
                  </Typography.Text>
                  {s.code === subject.itemCode && <Tag style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>{m.reportedItem}</Tag>}
                </Button>
              );
            })}
          </Space>
        </div>
      )}
      {duplicates.length > 0 && (
        <div data-testid="register-duplicates" style={{ padding: '8px 12px', background: '#fffbe6', border: '1px solid #ffe58f', borderRadius: 8 }}>
          <Typography.Text strong>{m.duplicatesTitle}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{m.duplicatesHint}</Typography.Text>
          <List size="small" dataSource={duplicates} renderItem={(d) => (
            <List.Item style={{ paddingInline: 0 }} actions={[
              <Button key="merge" size="small" danger icon={<MergeCellsOutlined />} loading={busy} onClick={() => onMerge(d.case.number)}>
                {m.mergeInto}
              </Button>,
            ]}>
              <List.Item.Meta
                title={<span>{d.case.number} · {d.case.itemName}</span>}
                description={<>
                  <div style={{ color: 'rgba(0,0,0,0.88)' }}>{d.case.description}</div>
                  <div>{d.case.placeName}{d.case.address ? ` ${d.case.address}` : ''} · {d.reason}</div>
                </>} />
            </List.Item>
          )} />
        </div>
      )}
    </div>
  );
}
