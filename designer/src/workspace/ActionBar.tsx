import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/http';
import { act } from '../api/tasks';
import type { CaseSummary, TaskView } from '../api/types';
import type { JsonObject } from '../forms';
import type { FormState } from '../formview/useFormState';
import { messages as m } from '../messages';
import { actionLabel, actionSpec, needsDialog } from '../model/actions';
import { ActionDialog, type DialogResult } from './ActionDialog';

interface Props {
  task: TaskView; county: string; departments: { code: string; name: string }[]; formState?: FormState;
  onError: (e: unknown) => void; onActed: () => void;
  /** The case the task belongs to: the register dialog suggests items and duplicates for it. */
  subject?: CaseSummary;
}

/**
 * The actions the server allows on this task now, as buttons. Actions that complete a step send the step's form;
 * the form is checked in the browser first, and the server's per-field errors go back beside their fields.
 */
export function ActionBar({ task, county, departments, formState, onError, onActed, subject }: Props) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<{ detail: string; field?: string }>();

  const formReady = (action: string) => {
    if (!actionSpec(action, task.step).sendsForm || !formState) return true;
    if (formState.check()) return true;
    message.error(m.formInvalid, 5);
    return false;
  };

  const send = async (action: string, r: DialogResult) => {
    const spec = actionSpec(action, task.step);
    const data: Record<string, unknown> = { ...r.data };
    if (spec.sendsForm && formState) {
      const form: JsonObject = { ...formState.result.data };
      // The rating chosen in the dialog is the callback form's satisfaction when the form has one.
      if (spec.input === 'rate' && typeof data.satisfaction === 'string' && formState.form.fields.some((f) => f.key === 'satisfaction'))
        form.satisfaction = data.satisfaction;
      data.form = form;
    }
    setBusy(true);
    setDialogError(undefined);
    try {
      await act(task.id, action, { comment: r.comment, data });
      message.success(m.actionDone(actionLabel(action, task.step)));
      setOpen(undefined);
      onActed();
    } catch (e) {
      if (e instanceof ApiError && e.errors.length > 0 && formState) {
        formState.setServerErrors(e.errors);
        setOpen(undefined);
        message.error(m.formInvalid, 5);
      } else if (e instanceof ApiError && e.status === 400 && open) {
        setDialogError({ detail: e.detail, field: e.field });
      } else {
        setOpen(undefined);
        onError(e);
        // Someone acted first: show the case as it is now rather than leave a stale screen (a reply waiting for
        // co-handling departments keeps the filled form instead).
        if (e instanceof ApiError && e.status === 409 && e.code !== 'CASE-COHANDLE-PENDING') onActed();
      }
    } finally {
      setBusy(false);
    }
  };

  const click = (action: string) => {
    if (!formReady(action)) return;
    if (needsDialog(actionSpec(action, task.step))) { setDialogError(undefined); setOpen(action); }
    else void send(action, { data: {} });
  };

  if (task.actions.length === 0) return <Typography.Text type="secondary">{m.noActions}</Typography.Text>;
  return (
    <>
      <Space wrap data-testid="actions">
        {task.actions.map((a) => {
          const spec = actionSpec(a, task.step);
          return (
            <Button key={a} type={spec.primary ? 'primary' : 'default'} danger={spec.danger} loading={busy && !open} onClick={() => click(a)}>
              {actionLabel(a, task.step)}
            </Button>
          );
        })}
      </Space>
      {open && (
        <ActionDialog title={actionLabel(open, task.step)} spec={actionSpec(open, task.step)} county={county} departments={departments} busy={busy}
          error={dialogError} onOk={(r) => void send(open, r)} onCancel={() => setOpen(undefined)}
          subject={subject} onMerge={(target) => void send('merge', { comment: m.mergeComment(target), data: { target } })} />
      )}
    </>
  );
}
