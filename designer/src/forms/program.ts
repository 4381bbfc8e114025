import { PRELUDE } from "./prelude";
import { calculationOrder } from "./references";
import type { FieldDefinition, FormDefinition, JsonObject } from "./types";
import { isObject } from "./values";

/**
 * The form's expressions compiled to functions, run in the server's order (FormProgram.cs): row formulas and
 * column totals of each sub-table, calculated fields in dependency order, then the conditions and rules of every
 * field in field order, then those of sub-table columns row by row. An expression that throws yields null.
 */
type Fn = (data: JsonObject, caseData: JsonObject | null, step: string, row: unknown, index: unknown) => unknown;
export type SlotKind = "visible" | "readOnly" | "required" | "rule";
export interface Slot { field: string; kind: SlotKind; rule: number; fn: Fn }
export interface ProgramRun { top: (boolean | null)[]; tables: Record<string, (boolean | null)[][]> }

const helpers = new Function(`"use strict";\n${PRELUDE}return { sum: sum, $value: $value };`)() as {
  sum: (rows: unknown, key: string) => number;
  $value: (v: unknown, kind: string) => unknown;
};

function compile(body: string): Fn {
  return new Function("data", "caseData", "step", "row", "index", `"use strict";\n${PRELUDE}${body}`) as Fn;
}

function kind(f: FieldDefinition): string {
  switch (f.type) {
    case "number": return "n";
    case "money": return "m";
    case "text": case "textarea": case "date": case "datetime": case "select": case "radio": return "s";
    default: return "";
  }
}

const calc = (f: FieldDefinition) => compile(`return $value((\n${f.calculate}\n), '${kind(f)}');`);
const test = (e: string) => compile(`return !!(\n${e}\n);`);

function slots(f: FieldDefinition): Slot[] {
  const list: Slot[] = [];
  if (typeof f.visible === "string") list.push({ field: f.key, kind: "visible", rule: -1, fn: test(f.visible) });
  if (typeof f.readOnly === "string") list.push({ field: f.key, kind: "readOnly", rule: -1, fn: test(f.readOnly) });
  if (typeof f.required === "string") list.push({ field: f.key, kind: "required", rule: -1, fn: test(f.required) });
  (f.rules ?? []).forEach((r, i) => list.push({ field: f.key, kind: "rule", rule: i, fn: test(r.expression) }));
  return list;
}

export class FormProgram {
  private readonly tables: { key: string; totalKey: string; rowCalcs: { key: string; fn: Fn }[]; totals: FieldDefinition[] }[];
  private readonly calcs: { key: string; fn: Fn }[];
  readonly topSlots: Slot[];
  readonly columnSlots: Map<string, Slot[]>;

  constructor(form: FormDefinition) {
    const tables = form.fields.filter((f) => f.type === "table");
    this.tables = tables
      .map((t) => ({
        key: t.key,
        totalKey: t.key + "Total",
        rowCalcs: calculationOrder(t.columns ?? [], "row").map((c) => ({ key: c.key, fn: calc(c) })),
        totals: (t.columns ?? []).filter((c) => c.total === true),
      }))
      .filter((t) => t.rowCalcs.length > 0 || t.totals.length > 0);
    this.calcs = calculationOrder(form.fields, "data").map((f) => ({ key: f.key, fn: calc(f) }));
    this.topSlots = form.fields.flatMap(slots);
    this.columnSlots = new Map();
    for (const t of tables) {
      const list = (t.columns ?? []).flatMap(slots);
      if (list.length > 0) this.columnSlots.set(t.key, list);
    }
  }

  /** Computes calculations into `data` and returns the condition and rule results. */
  run(data: JsonObject, caseData: JsonObject | null, step: string): ProgramRun {
    const attempt = (fn: Fn, row: unknown, index: unknown): unknown => {
      try { return fn(data, caseData, step, row, index); } catch { return null; }
    };
    for (const t of this.tables) {
      const rows = data[t.key];
      if (Array.isArray(rows) && t.rowCalcs.length > 0)
        rows.forEach((row, i) => {
          if (!isObject(row)) return;
          for (const c of t.rowCalcs) row[c.key] = attempt(c.fn, row, i) as never;
        });
      if (t.totals.length > 0) {
        const totals: JsonObject = {};
        for (const c of t.totals) totals[c.key] = helpers.$value(helpers.sum(rows, c.key), kind(c)) as never;
        data[t.totalKey] = totals;
      }
    }
    for (const c of this.calcs) data[c.key] = attempt(c.fn, undefined, undefined) as never;
    const check = (s: Slot, row: unknown, index: unknown): boolean | null => {
      try { return s.fn(data, caseData, step, row, index) as boolean; } catch { return null; }
    };
    const top = this.topSlots.map((s) => check(s, undefined, undefined));
    const tables: Record<string, (boolean | null)[][]> = {};
    for (const [key, list] of this.columnSlots) {
      const rows = data[key];
      tables[key] = Array.isArray(rows) ? rows.map((r, i) => { const row = isObject(r) ? r : {}; return list.map((s) => check(s, row, i)); }) : [];
    }
    return { top, tables };
  }
}
