import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row } from 'antd';
import type { Json, JsonObject } from '../forms';
import { messages as m } from '../messages';
import { FieldInput, type InputProps } from './FieldInput';

/** A sub-table (明细子表) as a list of row cards, which stays readable on a phone; errors by row path. */
export function TableInput(p: InputProps) {
  const { field, value, readOnly, onChange, state, errors } = p;
  const rows = Array.isArray(value) ? (value as JsonObject[]) : [];
  const setRow = (i: number, row: JsonObject) => onChange(rows.map((r, j) => (j === i ? row : r)) as Json);
  const computedRows = state.result.data[field.key];
  return (
    <div>
      {rows.map((row, i) => (
        <Card key={i} size="small" style={{ marginBottom: 8 }} title={m.rowLabel(i + 1)}
          extra={!readOnly && <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={m.removeRow}
            onClick={() => onChange(rows.filter((_, j) => j !== i) as Json)} />}>
          <Row gutter={12}>
            {(field.columns ?? []).map((c) => {
              const path = `${field.key}[${i}].${c.key}`;
              const s = state.result.states[path] ?? { visible: true, readOnly, required: c.required === true };
              if (!s.visible) return null;
              const own = errors.get(path) ?? [];
              const shown = c.calculate !== undefined && Array.isArray(computedRows) ? (computedRows[i] as JsonObject | undefined)?.[c.key] : row[c.key];
              return (
                <Col key={c.key} xs={24} sm={12}>
                  <Form.Item label={c.label} required={s.required} validateStatus={own.length ? 'error' : undefined}
                    help={own.length ? <span data-field-error={path}>{own.join('；')}</span> : undefined} style={{ marginBottom: 8 }}>
                    <FieldInput {...p} field={c} path={path} value={shown} readOnly={readOnly || s.readOnly}
                      onChange={(v) => { const next = { ...row }; if (v === undefined) delete next[c.key]; else next[c.key] = v; setRow(i, next); }} />
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
        </Card>
      ))}
      {!readOnly && <Button icon={<PlusOutlined />} onClick={() => onChange([...rows, {}] as Json)}>{m.addRow}</Button>}
    </div>
  );
}
