import { Collapse, Spin } from 'antd';
import { useMemo } from 'react';
import type { CaseDetail, User } from '../api/views';
import type { FormDefinition, JsonObject } from '../forms';
import { FormView } from '../formview/FormView';
import { useFormDefinition } from '../formview/useFormDefinition';
import { useFormState } from '../formview/useFormState';
import { messages as m } from '../messages';
import { caseDataOf } from '../model/caseData';
import { parseObject } from '../model/json';

interface Saved { id: string; version: number; data: JsonObject }

/** The forms saved on a case ({formId: {version, data}}), newest first, leaving out the one the viewer is filling. */
export function savedForms(detail: CaseDetail, except?: string): Saved[] {
  const all = parseObject(detail.form) ?? {};
  return Object.entries(all).flatMap(([id, entry]) => {
    if (id === except || entry === null || typeof entry !== 'object' || Array.isArray(entry)) return [];
    const { version, data } = entry as JsonObject;
    return typeof version === 'number' && data !== null && typeof data === 'object' && !Array.isArray(data)
      ? [{ id, version, data: data as JsonObject }] : [];
  }).reverse();
}

/**
 * What earlier steps filled in, read-only: the handler's 办理回单 (result, measures, photos before and after,
 * signature) beside the verification, the verification beside the callback. The newest is open; the report's form,
 * which the summary already tells, starts folded.
 */
export function EarlierForms({ forms, detail, user, narrow }: { forms: Saved[]; detail: CaseDetail; user: User; narrow: boolean }) {
  const items = forms.map((f, i) => ({
    key: f.id, forceRender: true, label: <FormTitle saved={f} />,
    children: <ReadOnlyForm saved={f} detail={detail} user={user} narrow={narrow} />, 'data-form': f.id, open: i < forms.length - 1,
  }));
  const open = items.filter((x) => x.open).map((x) => x.key);
  return (
    <div data-testid="earlier-forms" aria-label={m.earlierForms}>
      <Collapse size="small" defaultActiveKey={open.length > 0 ? open : items.map((x) => x.key)}
        items={items.map(({ open: _, ...x }) => x)} />
    </div>
  );
}

function FormTitle({ saved }: { saved: Saved }) {
  const { form } = useFormDefinition({ id: saved.id, version: saved.version });
  return <span>{form?.title ?? saved.id}</span>;
}

function ReadOnlyForm({ saved, detail, user, narrow }: { saved: Saved; detail: CaseDetail; user: User; narrow: boolean }) {
  const { form } = useFormDefinition({ id: saved.id, version: saved.version });
  if (!form) return <Spin size="small" />;
  return <Filled form={form} saved={saved} detail={detail} user={user} narrow={narrow} />;
}

const noUpload = () => Promise.reject(new Error('read-only'));

function Filled({ form, saved, detail, user, narrow }: { form: FormDefinition; saved: Saved; detail: CaseDetail; user: User; narrow: boolean }) {
  const caseData = useMemo(() => caseDataOf(detail, user), [detail, user]);
  // A step no form edits: every field reads as saved.
  const state = useFormState(form, '*', caseData, saved.data);
  return <FormView state={state} upload={noUpload} compact={narrow} bare readOnly />;
}
