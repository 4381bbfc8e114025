import { Checkbox, DatePicker, Input, InputNumber, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import type { FieldDefinition, Json } from '../forms';
import { messages as m } from '../messages';
import { AttachmentInput, type Uploader } from './AttachmentInput';
import { PlaceInput } from './PlaceInput';
import { SignaturePad } from './SignaturePad';
import { TableInput } from './TableInput';
import { useSourceOptions } from './useSourceOptions';
import type { FormState } from './useFormState';

export interface InputProps {
  field: FieldDefinition;
  value: Json | undefined;
  readOnly: boolean;
  onChange: (v: Json | undefined) => void;
  upload: Uploader;
  state: FormState;
  errors: Map<string, string[]>;
  path?: string;
}

const str = (v: Json | undefined) => (typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v));
const num = (v: Json | undefined) => (typeof v === 'number' ? v : undefined);

/** The input for one field type; values are kept in the JSON shape the server checks. */
export function FieldInput(p: InputProps) {
  const { field: f, value, readOnly, onChange } = p;
  const options = useSourceOptions(f);
  const id = `field-${p.path ?? f.key}`;
  switch (f.type) {
    case 'text':
      return <Input id={id} value={str(value)} disabled={readOnly} placeholder={f.placeholder} maxLength={f.maxLength}
        onChange={(e) => onChange(e.target.value)} />;
    case 'textarea':
      return <Input.TextArea id={id} value={str(value)} disabled={readOnly} placeholder={f.placeholder} autoSize={{ minRows: 3, maxRows: 8 }}
        showCount={f.maxLength !== undefined} maxLength={f.maxLength} onChange={(e) => onChange(e.target.value)} />;
    case 'number':
    case 'money':
      return <InputNumber id={id} value={num(value)} disabled={readOnly} min={f.min} max={f.max} style={{ width: '100%' }}
        precision={f.type === 'money' ? 2 : f.integer ? 0 : undefined} suffix={f.unit}
        onChange={(v) => onChange(v === null ? undefined : Number(v))} />;
    case 'date':
      return <DatePicker id={id} value={str(value) ? dayjs(str(value)) : null} disabled={readOnly} style={{ width: '100%' }}
        onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)} />;
    case 'datetime':
      return <DatePicker id={id} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={str(value) ? dayjs(str(value)) : null}
        disabled={readOnly} style={{ width: '100%' }} onChange={(d) => onChange(d ? d.second(0).format('YYYY-MM-DDTHH:mm:ssZ') : undefined)} />;
    case 'select':
      if (!options) return <Input id={id} value={str(value)} disabled={readOnly} onChange={(e) => onChange(e.target.value)} />;
      return <Select id={id} value={str(value)} disabled={readOnly} options={options} allowClear showSearch={{ optionFilterProp: 'label' }}
        placeholder={m.selectPlaceholder} style={{ width: '100%' }} onChange={(v) => onChange(v)} />;
    case 'radio':
      if (readOnly && options === undefined) return <Input id={id} value={str(value)} disabled />;
      return <Radio.Group id={id} value={str(value)} disabled={readOnly} options={options ?? []} onChange={(e) => onChange(e.target.value as string)} />;
    case 'checkbox':
      return <Checkbox.Group value={Array.isArray(value) ? (value as string[]) : []} disabled={readOnly} options={options ?? []}
        onChange={(v) => onChange(v as string[])} />;
    case 'place':
      return <PlaceInput value={value} readOnly={readOnly} onChange={onChange} />;
    case 'attachment':
      return <AttachmentInput field={f} value={value} readOnly={readOnly} onChange={onChange} upload={p.upload} />;
    case 'signature':
      return <SignaturePad value={str(value)} readOnly={readOnly} onChange={onChange} />;
    case 'serial':
      return <Input id={id} value={str(value) ?? ''} placeholder={m.serialAuto} disabled />;
    case 'table':
      return <TableInput {...p} />;
  }
}
