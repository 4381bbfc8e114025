import { Input, InputNumber, Space } from 'antd';
import type { Json, JsonObject } from '../forms';
import { messages as m } from '../messages';

interface Props { value: Json | undefined; readOnly: boolean; onChange: (v: Json | undefined) => void }

/** A place without a map: address, grid code and optional coordinates. */
export function PlaceInput({ value, readOnly, onChange }: Props) {
  const v: JsonObject = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
  const set = (key: string, x: Json | undefined) => {
    const next: JsonObject = { ...v };
    if (x === undefined || x === null || x === '') delete next[key]; else next[key] = x;
    onChange(Object.keys(next).length ? next : undefined);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={6}>
      <Input value={typeof v.address === 'string' ? v.address : ''} disabled={readOnly} placeholder={m.address} prefix={`${m.address}：`}
        onChange={(e) => set('address', e.target.value)} />
      <Space wrap>
        <Input value={typeof v.grid === 'string' ? v.grid : ''} disabled={readOnly} prefix={`${m.gridCode}：`} style={{ width: 260 }}
          onChange={(e) => set('grid', e.target.value)} />
        <InputNumber value={typeof v.lng === 'number' ? v.lng : undefined} disabled={readOnly} prefix={`${m.lng}：`} style={{ width: 170 }}
          onChange={(x) => set('lng', x ?? undefined)} />
        <InputNumber value={typeof v.lat === 'number' ? v.lat : undefined} disabled={readOnly} prefix={`${m.lat}：`} style={{ width: 170 }}
          onChange={(x) => set('lat', x ?? undefined)} />
      </Space>
    </Space>
  );
}
