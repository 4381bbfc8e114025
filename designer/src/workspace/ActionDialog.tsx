import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { catalog } from '../api/definitions';
import type { CaseSummary, CatalogCategory } from '../api/types';
import { RegisterAssist } from '../intake/RegisterAssist';
import { messages as m } from '../messages';
import type { ActionSpec } from '../model/actions';
import { ReassignTarget } from './ReassignTarget';

export interface DialogResult { comment?: string; data: Record<string, unknown> }

interface Props {
  title: string; spec: ActionSpec; county: string; departments: { code: string; name: string }[];
  busy: boolean; error?: { detail: string; field?: string };
  onOk: (r: DialogResult) => void; onCancel: () => void;
  /** The case being registered, for the suggested items and likely duplicates; 合并 merges into one of them at once. */
  subject?: CaseSummary; onMerge?: (number: string) => void;
}

/** Asks what an action needs: a comment, an extension, a target, co-handlers, a rating or a reclassification. */
export function ActionDialog({ title, spec, county, departments, busy, error, onOk, onCancel, subject, onMerge }: Props) {
  const [form] = Form.useForm();
  const chosenItem = Form.useWatch('item', form) as string | undefined;
  const [target, setTarget] = useState<string>();
  const [categories, setCategories] = useState<CatalogCategory[]>([]);
  useEffect(() => { if (spec.input === 'register') catalog(undefined, county).then(setCategories, () => undefined); }, [spec.input, county]);
  const items = useMemo(() => categories.flatMap((c) => c.items.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))), [categories]);
  const fieldError = (name: string) => (error?.field === name ? { validateStatus: 'error' as const, help: error.detail } : {});
  const submit = (v: Record<string, unknown>) => {
    const data: Record<string, unknown> = {};
    if (spec.input === 'extend') { data.amount = v.amount; data.unit = v.unit; }
    if (spec.input === 'reassign' && target) data.target = target;
    if (spec.input === 'merge') data.target = v.target;
    if (spec.input === 'cohandle') data.departments = v.departments;
    if (spec.input === 'rate') data.satisfaction = v.satisfaction;
    if (spec.input === 'register') { if (v.item) data.item = v.item; if (v.urgency) data.urgency = v.urgency; }
    onOk({ comment: (v.comment as string | undefined)?.trim() || undefined, data });
  };
  // A co-handling request says what is asked of the helpers; it is journaled where they read it.
  const commentShown = spec.input === 'comment' || spec.input === 'extend' || spec.input === 'register' || spec.input === 'reassign' || spec.input === 'rate'
    || spec.input === 'cohandle';
  return (
    <Modal open title={title} okText={m.confirm} cancelText={m.cancel} confirmLoading={busy}
      onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden width={spec.input === 'register' ? 640 : 520}>
      {error && !error.field && <Alert type="error" showIcon title={error.detail} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ unit: 'workday' }}>
        {spec.input === 'register' && subject && (
          <RegisterAssist subject={subject} county={county} chosen={chosenItem} busy={busy}
            onTake={(code) => form.setFieldValue('item', code)} onMerge={(n) => onMerge?.(n)} />
        )}
        {spec.input === 'register' && (
          <Space.Compact block>
            <Form.Item name="item" label={m.reclassify} style={{ width: '65%' }} {...fieldError('item')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={items} />
            </Form.Item>
            <Form.Item name="urgency" label={m.urgency} style={{ width: '35%' }} {...fieldError('urgency')}>
              <Select allowClear options={Object.entries(m.urgencies).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Space.Compact>
        )}
        {spec.input === 'extend' && (
          <Space.Compact block>
            <Form.Item name="amount" label={m.amount} rules={[{ required: true, message: m.amountRequired }]} style={{ width: '60%' }} {...fieldError('amount')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="unit" label={m.timeUnit} style={{ width: '40%' }}>
              <Select options={Object.entries(m.timeUnits).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Space.Compact>
        )}
        {spec.input === 'reassign' && (
          <Form.Item label={m.reassignTarget} {...fieldError('target')}>
            <ReassignTarget county={county} value={target} onChange={setTarget} />
          </Form.Item>
        )}
        {spec.input === 'merge' && (
          <Form.Item name="target" label={m.mergeTarget} rules={[{ required: true, message: m.mergeTargetRequired }]} {...fieldError('target')}>
            <Input />
          </Form.Item>
        )}
        {spec.input === 'cohandle' && (
          <Form.Item name="departments" label={m.cohandleDepartments} rules={[{ required: true, message: m.cohandleRequired }]} {...fieldError('departments')}>
            <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={departments.map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
        )}
        {spec.input === 'rate' && (
          <Form.Item name="satisfaction" label={m.rating} rules={[{ required: true, message: m.ratingRequired }]} {...fieldError('satisfaction')}>
            <Radio.Group options={Object.entries(m.satisfactions).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        )}
        {commentShown && (
          <Form.Item name="comment" label={m.comment} {...fieldError('comment')}
            rules={spec.commentRequired ? [{ required: true, whitespace: true, message: m.commentRequired }] : []}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
