import { Alert, Card, Space, Tag } from 'antd';
import { useMemo } from 'react';
import { uploadAttachment } from '../api/cases';
import { ApiError } from '../api/http';
import type { CaseDetail, TaskView, User } from '../api/types';
import type { FormDefinition } from '../forms';
import { FormView } from '../formview/FormView';
import { useFormDefinition } from '../formview/useFormDefinition';
import { useFormState } from '../formview/useFormState';
import { messages as m } from '../messages';
import { caseDataOf, savedFormData } from '../model/caseData';
import { ActionBar } from './ActionBar';
import { WarningTag } from './WarningTag';

interface Props {
  detail: CaseDetail; task: TaskView; user: User; narrow: boolean; departments: { code: string; name: string }[];
  onError: (e: unknown) => void; onActed: () => void;
}

/** The user's open task on this case: its deadline, the step's generated form and the actions allowed now. */
export function TaskPanel(p: Props) {
  const { form, error } = useFormDefinition(p.task.form);
  const header = (
    <Space wrap>
      <span>{m.currentTask}：{m.steps[p.task.step] ?? p.task.step}</span>
      <WarningTag warning={p.task.warning} deadline={p.task.deadline} />
      {p.task.suspended && <Tag>{m.suspended}</Tag>}
    </Space>
  );
  if (p.task.form && !form && !error) return <Card size="small" title={header} loading />;
  if (form) return <WithForm {...p} form={form} header={header} />;
  return (
    <Card size="small" title={header}>
      {error !== undefined && <Alert type="warning" showIcon style={{ marginBottom: 12 }}
        title={m.formLoadFailed + (error instanceof ApiError ? error.detail : String(error))} />}
      <ActionBar task={p.task} county={p.detail.case.gridCode.slice(0, 6)} departments={p.departments} onError={p.onError} onActed={p.onActed}
        subject={p.detail.case} />
    </Card>
  );
}

function WithForm(p: Props & { form: FormDefinition; header: React.ReactNode }) {
  const caseData = useMemo(() => caseDataOf(p.detail, p.user), [p.detail, p.user]);
  const previous = useMemo(() => savedFormData(p.detail, p.form.id), [p.detail, p.form.id]);
  const state = useFormState(p.form, p.task.step, caseData, previous);
  const caseId = p.detail.case.id;
  const upload = async (file: File) => {
    const a = await uploadAttachment(caseId, file, p.task.step);
    return { id: a.id, name: a.fileName, type: a.contentType, size: a.size, url: a.url };
  };
  return (
    <Card size="small" title={p.header} styles={{ body: { padding: p.narrow ? 8 : 12 } }}>
      <FormView state={state} upload={upload} compact={p.narrow} />
      <div style={{ marginTop: 12 }}>
        <ActionBar task={p.task} county={p.detail.case.gridCode.slice(0, 6)} departments={p.departments} formState={state}
          onError={p.onError} onActed={p.onActed} subject={p.detail.case} />
      </div>
    </Card>
  );
}
