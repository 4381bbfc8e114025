import { CheckOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { CatalogCategory, CatalogItem } from '../api/types';
import { messages as m } from '../messages';
import { worthOffering } from '../model/intakeSuggestions';
import { useItemSuggestions } from './useItemSuggestions';

interface Props {
  text?: string; county?: string; categories: CatalogCategory[]; chosen?: string;
  onTake: (item: CatalogItem, category: CatalogCategory) => void;
}

/**
 * The public page's question under the description: "您反映的是不是……" with the likely items; one tap takes one. Only
 * items of the catalog the page has loaded (the chosen county's) are offered.
 */
export function SuggestedItems({ text, county, categories, chosen, onTake }: Props) {
  const { suggestions } = useItemSuggestions(text, county);
  const offered = worthOffering(suggestions).flatMap((s) => {
    for (const c of categories) for (const i of c.items) if (i.code === s.code) return [{ item: i, category: c }];
    return [];
  });
  if (offered.length === 0) return null;
  return (
    <div data-testid="item-suggestions" style={{ margin: '-8px 0 16px', padding: '8px 12px', background: '#f0f5ff', borderRadius: 8 }}>
      <Typography.Text strong>{m.suggestAsk}</Typography.Text>
      <Space wrap size={[8, 8]} style={{ display: 'flex', marginTop: 8 }}>
        {offered.map(({ item, category }) => {
          const taken = item.code === chosen;
          return (
            <Button key={item.code} size="middle" type={taken ? 'primary' : 'default'} icon={taken ? <CheckOutlined /> : undefined}
              aria-pressed={taken} data-code={item.code} onClick={() => onTake(item, category)}>
              {item.name}
            </Button>
          );
        })}
      </Space>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>{m.suggestHint}</Typography.Text>
    </div>
  );
}
