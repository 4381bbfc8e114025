import { Alert, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { catalog } from '../api/definitions';
import type { ActionField, ActionView, CaseSummary, CatalogCategory } from '../api/views';
import { RegisterAssist } from '../intake/RegisterAssist';
import { messages as m } from '../messages';
import { ReassignTarget } from './ReassignTarget';
import { RoutePreview, type RouteQuery } from './RoutePreview';

export interface DialogResult { comment?: string; data: Record<string, unknown> }

interface Props {
  action: ActionView; county: string; busy: boolean; error?: { detail: string; field?: string };
  onOk: (r: DialogResult) => void; onCancel: () => void;
  /** The case being registered: the dialog then offers likely items and possible duplicates to merge into. */
  subject?: CaseSummary; onMerge?: (number: string) => void;
  /** Where the case would be routed now (its item as classified in the step's form): previewed beside a target field. */
  route?: RouteQuery;
  /** The step's form carries the item: a suggestion taken in the dialog goes into the form, the item chosen there is shown. */
  formItem?: { chosen?: string; take: (code: string) => void };
}

/** Asks what an action needs, as the server describes it: its fields (text, number, choice, an item, a unit) and the comment. */
export function ActionDialog({ action, county, busy, error, onOk, onCancel, subject, onMerge, route, formItem }: Props) {
  const [form] = Form.useForm();
  const hasItemField = action.fields.some((f) => f.type === 'item');
  const assist = subject && (hasItemField || formItem) ? subject : undefined;
  const dialogItem = Form.useWatch('item', form) as string | undefined;
  const chosenItem = hasItemField ? dialogItem : formItem?.chosen;
  const target = Form.useWatch('target', form) as string | undefined;
  const take = (code: string) => (hasItemField ? form.setFieldValue('item', code) : formItem?.take(code));
  const fieldError = (name: string) => (error?.field === name || error?.field === `data.${name}` ? { validateStatus: 'error' as const, help: error.detail } : {});
  const initial = Object.fromEntries(action.fields.filter((f) => f.default).map((f) => [f.name, f.default]));
  const submit = (v: Record<string, unknown>) => {
    const data: Record<string, unknown> = {};
    for (const f of action.fields) {
      const value = v[f.name];
      if (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) data[f.name] = value;
    }
    onOk({ comment: (v.comment as string | undefined)?.trim() || undefined, data });
  };
  return (
    <Modal open title={action.label} okText={m.confirm} cancelText={m.cancel} confirmLoading={busy}
      onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden width={assist ? 640 : 520}>
      {error && !action.fields.some((f) => fieldError(f.name).help) && error.field !== 'comment'
        && <Alert type="error" showIcon title={error.detail} style={{ marginBottom: 12 }} />}
      {action.confirm && <Alert type="warning" showIcon title={action.confirm} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        {route && action.fields.some((f) => f.type === 'orgTarget') && (
          <RoutePreview query={{ ...route, item: chosenItem ?? route.item }} overridden={!!target} />
        )}
        {assist && (
          <RegisterAssist subject={assist} county={county} chosen={chosenItem} busy={busy}
            onTake={take} onMerge={(n) => onMerge?.(n)} />
        )}
        {action.fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} help={f.help ?? undefined} {...fieldError(f.name)}
            rules={f.required ? [{ required: true, message: f.type === 'text' || f.type === 'number' ? m.fieldRequired(f.label) : m.choiceRequired(f.label) }] : []}>
            <FieldInput field={f} county={county} />
          </Form.Item>
        ))}
        {action.comment !== 'none' && (
          <Form.Item name="comment" label={action.commentLabel} {...fieldError('comment')}
            rules={action.comment === 'required' ? [{ required: true, whitespace: true, message: m.fieldRequired(action.commentLabel) }] : []}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** One input per field type; value and onChange come from the Form.Item around it. */
function FieldInput({ field, county, value, onChange }: { field: ActionField; county: string; value?: unknown; onChange?: (v: unknown) => void }) {
  switch (field.type) {
    case 'number':
      return <InputNumber min={field.min ?? undefined} precision={0} style={{ width: '100%' }} value={value as number} onChange={onChange} />;
    case 'choice': {
      const options = field.options ?? [];
      if (!field.multiple && options.length <= 4) return <Radio.Group options={options} value={value} onChange={(e) => onChange?.(e.target.value)} />;
      return <Select mode={field.multiple ? 'multiple' : undefined} allowClear showSearch={{ optionFilterProp: 'label' }} options={options}
        value={value} onChange={onChange} />;
    }
    case 'item':
      return <ItemSelect county={county} value={value as string | undefined} onChange={onChange} />;
    case 'orgTarget':
      return <ReassignTarget county={county} value={value as string | undefined} onChange={(v) => onChange?.(v)} />;
    default:
      return <Input value={value as string | undefined} onChange={(e) => onChange?.(e.target.value)} />;
  }
}

/** An item of the county's catalog, searched by code or name. */
function ItemSelect({ county, value, onChange }: { county: string; value?: string; onChange?: (v: unknown) => void }) {
  const [categories, setCategories] = useState<CatalogCategory[]>([]);
  useEffect(() => { catalog(undefined, county).then(setCategories, () => undefined); }, [county]);
  const items = useMemo(() => categories.flatMap((c) => c.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))), [categories]);
  return <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={items} value={value} onChange={onChange} />;
}
