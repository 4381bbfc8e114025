import { Form } from 'antd';
import type { FieldDefinition } from '../forms';
import type { Uploader } from './AttachmentInput';
import { FieldInput } from './FieldInput';
import type { FormState } from './useFormState';

interface Props { field: FieldDefinition; state: FormState; errors: Map<string, string[]>; upload: Uploader; readOnly?: boolean }

/** One field with its label, required mark and the messages for its path (and its rows' paths, for a table). */
export function FieldItem({ field, state, errors, upload, readOnly }: Props) {
  const s = state.result.states[field.key] ?? { visible: true, readOnly: false, required: false };
  const own = errors.get(field.key) ?? [];
  const value = field.calculate !== undefined || field.type === 'serial' ? state.result.data[field.key] : state.data[field.key];
  return (
    <Form.Item
      label={field.label}
      required={s.required && !readOnly}
      help={own.length > 0 ? <span data-field-error={field.key}>{own.join('；')}</span> : field.help}
      validateStatus={own.length > 0 ? 'error' : undefined}
      data-field={field.key}
      style={{ marginBottom: 16 }}>
      <FieldInput field={field} value={value} readOnly={readOnly || s.readOnly} onChange={(v) => state.setField(field.key, v)}
        upload={upload} state={state} errors={errors} />
    </Form.Item>
  );
}
