import { messages as m } from '../messages';
/** What an action needs from the user before it is sent (the server's ActionCatalog decides which are available). */
export type ActionInput = 'none' | 'comment' | 'extend' | 'reassign' | 'merge' | 'cohandle' | 'rate' | 'register';

export interface ActionSpec { input: ActionInput; commentRequired: boolean; danger: boolean; primary: boolean; sendsForm: boolean }

const specs: Record<string, Partial<ActionSpec>> = {
  register: { input: 'register', primary: true, sendsForm: true },
  reject: { input: 'comment', commentRequired: true, danger: true },
  merge: { input: 'merge' },
  sign: { primary: true },
  reply: { input: 'comment', commentRequired: true, primary: true, sendsForm: true },
  return: { input: 'comment', commentRequired: true, danger: true },
  escalate: { input: 'comment', commentRequired: true },
  extend: { input: 'extend', commentRequired: true },
  suspend: { input: 'comment', commentRequired: true },
  resume: {},
  cohandle: { input: 'cohandle' },
  reassign: { input: 'reassign', primary: true },
  pass: { primary: true, input: 'comment', sendsForm: true },
  fail: { input: 'comment', commentRequired: true, danger: true, sendsForm: true },
  rate: { input: 'rate', primary: true, sendsForm: true },
  approve: { primary: true, input: 'comment' },
  deny: { input: 'comment', commentRequired: true, danger: true },
};

export function actionSpec(action: string, step: string): ActionSpec {
  // A co-handler's reply carries only a comment; the department's reply carries the reply form.
  const s = step === 'cohandle' && action === 'reply' ? { input: 'comment' as const, commentRequired: true, primary: true } : specs[action] ?? {};
  return { input: 'none', commentRequired: false, danger: false, primary: false, sendsForm: false, ...s };
}

/** Actions whose only input is a confirmation go straight through; the others open a dialog. */
export const needsDialog = (spec: ActionSpec) => spec.input !== 'none';

/** The button and dialog name of an action: a co-handler's reply is 协办回复, not the lead department's 回单. */
export const actionLabel = (action: string, step: string) =>
  step === 'cohandle' && action === 'reply' ? m.coReply : m.actionNames[action] ?? action;
