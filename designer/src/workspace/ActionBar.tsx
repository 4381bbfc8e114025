import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/http';
import { act } from '../api/tasks';
import type { ActionView, CaseSummary, TaskView } from '../api/views';
import type { JsonObject } from '../forms';
import type { FormState } from '../formview/useFormState';
import { messages as m } from '../messages';
import { ActionDialog, type DialogResult } from './ActionDialog';

interface Props {
  task: TaskView; county: string; formState?: FormState;
  onError: (e: unknown) => void; onActed: () => void;
  /** The case the task is on, for the register dialog's suggestions and duplicates. */
  subject?: CaseSummary;
}

/** An action asks first when it has fields, a comment box or a question to confirm; otherwise it goes straight through. */
const needsDialog = (a: ActionView) => a.fields.length > 0 || a.comment !== 'none' || !!a.confirm;

/**
 * The actions the server allows on this task now, as the server describes them: buttons, and a dialog for what
 * they ask. Actions that send the step's form check it in the browser first; the server's per-field errors go back
 * beside their fields.
 */
export function ActionBar({ task, county, formState, onError, onActed, subject }: Props) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<ActionView>();
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<{ detail: string; field?: string }>();

  const formReady = (action: ActionView) => {
    if (!action.sendsForm || !formState) return true;
    if (formState.check()) return true;
    message.error(m.formInvalid, 5);
    return false;
  };

  const send = async (action: ActionView, r: DialogResult) => {
    const data: Record<string, unknown> = { ...r.data };
    if (action.sendsForm && formState) {
      const form: JsonObject = { ...formState.result.data };
      // A value asked in the dialog fills the form's field of the same key (the rating is the callback form's satisfaction).
      for (const [key, value] of Object.entries(r.data))
        if (typeof value === 'string' && formState.form.fields.some((f) => f.key === key)) form[key] = value;
      data.form = form;
    }
    setBusy(true);
    setDialogError(undefined);
    try {
      await act(task.id, action.code, { comment: r.comment, data });
      message.success(m.actionDone(action.label));
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

  const click = (action: ActionView) => {
    if (!formReady(action)) return;
    if (needsDialog(action)) { setDialogError(undefined); setOpen(action); }
    else void send(action, { data: {} });
  };

  // The item as classified now: the step's form field of that name when the action sends the form, else the case's.
  const formHasItem = (a: ActionView) => a.sendsForm && !!formState?.form.fields.some((f) => f.key === 'item');
  const classified = (a: ActionView) => (formHasItem(a) && typeof formState?.data.item === 'string' ? formState.data.item : undefined);
  const routeOf = (a: ActionView) => subject && {
    item: classified(a) ?? subject.itemCode, grid: subject.gridCode, channel: subject.channel,
    urgency: (formHasItem(a) && typeof formState?.data.urgency === 'string' ? formState.data.urgency : undefined) ?? subject.urgency,
  };
  const formItemOf = (a: ActionView) => (formHasItem(a) ? { chosen: classified(a), take: (code: string) => formState!.setField('item', code) } : undefined);
  const merge = task.actions.find((a) => a.code === 'merge');
  if (task.actions.length === 0) return <Typography.Text type="secondary">{m.noActions}</Typography.Text>;
  return (
    <>
      <Space wrap data-testid="actions">
        {task.actions.map((a) => (
          <Button key={a.code} type={a.tone === 'primary' ? 'primary' : 'default'} danger={a.tone === 'danger'} loading={busy && !open} onClick={() => click(a)}>
            {a.label}
          </Button>
        ))}
      </Space>
      {open && (
        <ActionDialog action={open} county={county} busy={busy} route={routeOf(open)} formItem={formItemOf(open)}
          error={dialogError} onOk={(r) => void send(open, r)} onCancel={() => setOpen(undefined)}
          subject={subject} onMerge={merge ? (target) => void send(merge, { comment: m.mergeComment(target), data: { target } }) : undefined} />
      )}
    </>
  );
}
