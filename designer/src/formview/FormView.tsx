import { Card, Col, Form, Row, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { errorsByPath, formLayout, isWide, type LayoutSection } from '../model/formLayout';
import { FieldItem } from './FieldItem';
import type { Uploader } from './AttachmentInput';
import type { FormState } from './useFormState';

interface Props {
  state: FormState; upload: Uploader; compact?: boolean; hidden?: Set<string>; bare?: boolean;
  /** Shows what was saved, whatever the form lets its step edit (an earlier step's form beside the case). */
  readOnly?: boolean;
}

/** A form generated from its definition: tabs, sections and columns (one column on a phone). */
export function FormView({ state, upload, compact, hidden, bare, readOnly }: Props) {
  const tabs = formLayout(state.form);
  const errors = errorsByPath(state.errors);
  const formErrors = errors.get('') ?? [];
  const section = (s: LayoutSection, i: number): ReactNode => {
    const fields = s.fields.filter((f) => state.result.states[f.key]?.visible !== false && !hidden?.has(f.key));
    if (fields.length === 0) return null;
    const span = compact ? 24 : 24 / s.columns;
    return (
      <div key={i} style={{ marginBottom: 8 }}>
        {s.title && !bare && <Typography.Title level={5} style={{ marginTop: 8 }}>{s.title}</Typography.Title>}
        <Row gutter={16}>
          {fields.map((f) => (
            <Col key={f.key} span={isWide(f) ? 24 : span}>
              <FieldItem field={f} state={state} errors={errors} upload={upload} readOnly={readOnly} />
            </Col>
          ))}
        </Row>
      </div>
    );
  };
  const body = (
    <Form layout="vertical" component={false}>
      {formErrors.map((e) => <div key={e} className="gov-field-error" role="alert">{e}</div>)}
      {tabs.length === 1 || bare
        ? tabs.flatMap((t) => t.sections).map(section)
        : <Tabs items={tabs.map((t, i) => ({ key: String(i), label: t.title ?? String(i + 1), children: t.sections.map(section), forceRender: true }))} />}
    </Form>
  );
  if (bare) return body;
  return (
    <Card size="small" title={state.form.title} data-testid="task-form">
      {state.form.description && <Typography.Paragraph type="secondary">{state.form.description}</Typography.Paragraph>}
      {body}
    </Card>
  );
}
