import { checkValue } from "./checks";
import { formatMessage } from "./messages";
import { FormProgram, type ProgramRun, type SlotKind } from "./program";
import type { FieldAccess, FieldDefinition, FieldError, FieldState, FormDefinition, FormResult, JsonObject, SourceLookup, Submission } from "./types";
import { at, clone, isEmpty, isObject, same } from "./values";

type Results = Map<string, boolean | null>;
const slotKey = (field: string, kind: SlotKind, rule = -1) => `${field}|${kind}|${rule}`;

/**
 * A form evaluated in the browser exactly as the server checks it (CompiledForm.cs): the same step
 * permissions, calculations, conditions, checks, paths, codes and Chinese messages. The server stays the
 * authority; this lets the page show the same answer before sending.
 */
export class FormEvaluator {
  private readonly program: FormProgram;

  constructor(readonly form: FormDefinition, private readonly sources?: SourceLookup) {
    this.program = new FormProgram(form);
  }

  /** The data a new task starts with: literal defaults and values from the case (defaultFrom). */
  initialData(caseData?: JsonObject | null): JsonObject {
    const data: JsonObject = {};
    for (const f of this.form.fields) {
      let value = f.defaultFrom !== undefined ? at(caseData, f.defaultFrom) : undefined;
      if (value === undefined || value === null) value = f.default as JsonObject[string] | undefined;
      if (value !== undefined && value !== null) data[f.key] = clone(value);
    }
    return data;
  }

  /** The step's permission for each field; null when the form does not allow the step. */
  accessFor(step: string): ((key: string) => FieldAccess) | null {
    const steps = this.form.steps ?? {};
    if (Object.keys(steps).length === 0) return () => "edit";
    const s = steps[step] ?? steps["*"];
    if (s === undefined) return null;
    return (key) => s.fields?.[key] ?? s.default ?? "edit";
  }

  validate(submission: Submission): FormResult {
    const errors: FieldError[] = [];
    const ignored: string[] = [];
    const states: Record<string, FieldState> = {};
    const refused = (code: string, ...args: unknown[]): FormResult =>
      ({ data: clone(submission.previous ?? {}) as JsonObject, errors: [{ path: "", code, message: formatMessage(code, ...args) }], ignored, states });
    if (!isObject(submission.data)) return refused("FORM-NOT-OBJECT");
    const access = this.accessFor(submission.step);
    if (access === null) return refused("FORM-STEP-UNKNOWN", submission.step);

    const caseData = submission.caseData ?? null;
    const previous = submission.previous ?? this.initialData(caseData);
    const data = this.merge(submission.data, previous, access, errors, ignored);
    let run = this.program.run(data, caseData, submission.step);
    if (this.applyConditions(data, previous, access, run, errors, ignored, true)) {
      this.applyConditions(data, previous, access, run, errors, ignored, false);
      run = this.program.run(data, caseData, submission.step);
      this.applyConditions(data, previous, access, run, [], [], false);
    }
    this.states(access, run, data, states);
    this.checkValues(data, run, states, errors);
    return { data, errors, ignored, states };
  }

  private merge(submitted: JsonObject, previous: JsonObject, access: (k: string) => FieldAccess, errors: FieldError[], ignored: string[]): JsonObject {
    const data: JsonObject = {};
    for (const f of this.form.fields) {
      const before = previous[f.key];
      const editable = access(f.key) === "edit" && !computed(f) && f.readOnly !== true;
      let value: unknown;
      if (f.key in submitted && !editable) {
        if (!same(submitted[f.key], before) && !computed(f)) this.locked(f, f.key, errors, ignored);
        value = before;
      } else value = f.key in submitted ? submitted[f.key] : before;
      if (value !== undefined && value !== null) data[f.key] = clone(value) as never;
    }
    for (const t of this.form.fields.filter((f) => f.type === "table" && (f.columns ?? []).some((c) => c.total === true))) {
      const total = previous[t.key + "Total"];
      if (total !== undefined && total !== null) data[t.key + "Total"] = clone(total);
    }
    for (const key of Object.keys(submitted)) if (!this.form.fields.some((f) => f.key === key)) ignored.push(key);
    return data;
  }

  private locked(f: FieldDefinition, path: string, errors: FieldError[], ignored: string[]): void {
    if ((f.onLockedChange ?? this.form.onLockedChange ?? "ignore") === "refuse")
      errors.push({ path, code: "FORM-LOCKED", message: formatMessage("FORM-LOCKED", f.label) });
    else ignored.push(path);
  }

  private topResults(run: ProgramRun): Results {
    const r: Results = new Map();
    this.program.topSlots.forEach((s, i) => r.set(slotKey(s.field, s.kind, s.rule), i < run.top.length ? run.top[i] : null));
    return r;
  }

  private rowResults(run: ProgramRun, table: string, row: number): Results {
    const r: Results = new Map();
    const list = run.tables[table]?.[row];
    (this.program.columnSlots.get(table) ?? []).forEach((s, i) => r.set(slotKey(s.field, s.kind, s.rule), list !== undefined && i < list.length ? list[i] : null));
    return r;
  }

  private applyConditions(data: JsonObject, previous: JsonObject, access: (k: string) => FieldAccess, run: ProgramRun,
    errors: FieldError[], ignored: string[], dryRun: boolean): boolean {
    let changed = false;
    const apply = (f: FieldDefinition, target: JsonObject, key: string, before: unknown, r: Results, path: string): boolean => {
      let any = false;
      if (is(r, f, "readOnly", f.readOnly === true, false) && !same(target[key], before)) {
        any = true;
        if (!dryRun) { this.locked(f, path, errors, ignored); target[key] = (before === undefined ? null : clone(before)) as never; }
      }
      if (!is(r, f, "visible", f.visible !== false, true) && target[key] !== undefined && target[key] !== null) {
        any = true;
        if (!dryRun) delete target[key];
      }
      return any;
    };
    const top = this.topResults(run);
    for (const f of this.form.fields.filter((f) => access(f.key) === "edit" && !computed(f))) {
      changed = apply(f, data, f.key, previous[f.key], top, f.key) || changed;
      const rows = data[f.key];
      if (f.type !== "table" || !Array.isArray(rows) || !this.program.columnSlots.has(f.key)) continue;
      rows.forEach((row, i) => {
        if (!isObject(row)) return;
        const cells = this.rowResults(run, f.key, i);
        const prevRows = previous[f.key];
        const before = Array.isArray(prevRows) && isObject(prevRows[i]) ? (prevRows[i] as JsonObject) : undefined;
        for (const c of (f.columns ?? []).filter((c) => c.calculate === undefined))
          changed = apply(c, row, c.key, before?.[c.key], cells, `${f.key}[${i}].${c.key}`) || changed;
      });
    }
    return changed;
  }

  private states(access: (k: string) => FieldAccess, run: ProgramRun, data: JsonObject, states: Record<string, FieldState>): void {
    const top = this.topResults(run);
    for (const f of this.form.fields) {
      const state = stateOf(f, access(f.key), top, undefined);
      states[f.key] = state;
      const rows = data[f.key];
      if (f.type !== "table" || !Array.isArray(rows)) continue;
      rows.forEach((_, i) => {
        const cells = this.rowResults(run, f.key, i);
        for (const c of f.columns ?? []) states[`${f.key}[${i}].${c.key}`] = stateOf(c, access(f.key), cells, state);
      });
    }
  }

  private checkValues(data: JsonObject, run: ProgramRun, states: Record<string, FieldState>, errors: FieldError[]): void {
    const check = (f: FieldDefinition, path: string, value: unknown, state: FieldState, r: Results): boolean => {
      if (!state.visible || state.readOnly) return false;
      if (isEmpty(value)) {
        if (state.required) errors.push({ path, code: "FORM-REQUIRED", message: formatMessage(requiredMessage(f.type), f.label) });
        return false;
      }
      const before = errors.length;
      checkValue(f, path, value, this.sources, errors);
      (f.rules ?? []).forEach((rule, i) => {
        const ok = r.get(slotKey(f.key, "rule", i)) ?? null;
        if (ok === false) errors.push({ path, code: "FORM-RULE", message: rule.message });
        else if (ok === null) errors.push({ path, code: "FORM-RULE-ERROR", message: formatMessage("FORM-RULE-ERROR", f.label) });
      });
      return errors.length === before || f.type === "table";
    };
    const top = this.topResults(run);
    for (const f of this.form.fields) {
      if (!check(f, f.key, data[f.key], states[f.key], top)) continue;
      const rows = data[f.key];
      if (f.type !== "table" || !Array.isArray(rows)) continue;
      rows.forEach((row, i) => {
        if (!isObject(row)) {
          errors.push({ path: `${f.key}[${i}]`, code: "FORM-TYPE", message: formatMessage("FORM-TYPE", f.label, formatMessage("FORM-TYPE-OBJECT")) });
          return;
        }
        const cells = this.rowResults(run, f.key, i);
        for (const c of f.columns ?? []) {
          const path = `${f.key}[${i}].${c.key}`;
          check(c, path, row[c.key], states[path], cells);
        }
      });
    }
  }
}

/** Calculated and serial-number fields: whatever is submitted for them is replaced, never reported. */
const computed = (f: FieldDefinition) => f.calculate !== undefined || f.type === "serial";

function is(r: Results, f: FieldDefinition, kind: SlotKind, fallback: boolean, onError: boolean): boolean {
  const key = slotKey(f.key, kind);
  if (!r.has(key)) return fallback;
  return r.get(key) ?? onError;
}

function stateOf(f: FieldDefinition, access: FieldAccess, r: Results, table: FieldState | undefined): FieldState {
  const visible = access !== "hidden" && is(r, f, "visible", f.visible !== false, true) && (table?.visible ?? true);
  const readOnly = access === "read" || computed(f) || is(r, f, "readOnly", f.readOnly === true, false) || (table?.readOnly ?? false);
  const required = is(r, f, "required", f.required === true, false) && visible && !readOnly;
  return { visible, readOnly, required };
}

/** What a missing value asks for, as a person would say it (the server's CompiledForm.RequiredMessage): 请选择, 请上传, 请签署, else 请填写. */
function requiredMessage(type: string): string {
  if (["select", "radio", "checkbox", "date", "datetime", "place"].includes(type)) return "FORM-REQUIRED-CHOICE";
  if (type === "attachment") return "FORM-REQUIRED-UPLOAD";
  if (type === "signature") return "FORM-REQUIRED-SIGN";
  return "FORM-REQUIRED";
}
