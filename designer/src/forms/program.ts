import { ExpressionError, ExprNode, parseExpression, sum, toText, truthy, type ExprProblem, type ExprScope } from "./expr";
import { calculationOrder } from "./references";
import type { FieldDefinition, FormDefinition, JsonObject } from "./types";
import { isObject } from "./values";

/**
 * The form's expressions read into syntax trees once, and run in the server's order (FormProgram.cs): row formulas
 * and column totals of each sub-table, calculated fields in dependency order, then the conditions and rules of every
 * field in field order, then those of sub-table columns row by row. An expression that fails yields null.
 */
export type SlotKind = "visible" | "readOnly" | "required" | "rule";
export interface Slot { field: string; kind: SlotKind; rule: number; node: ExprNode }
export interface ProgramRun { top: (boolean | null)[]; tables: Record<string, (boolean | null)[][]> }
/** An expression the grammar refuses (the server never serves one): it never runs, and counts as failed. */
export interface RefusedExpression { expression: string; problem: ExprProblem }

type Kind = "n" | "m" | "s" | "";
interface Calculation { key: string; node: ExprNode; kind: Kind }

class RefusedNode extends ExprNode {
  evaluate(): unknown { throw new ExpressionError("EXPR-RUN-REFUSED"); }
  print(): string { return "(refused)"; }
}

function kind(f: FieldDefinition): Kind {
  switch (f.type) {
    case "number": return "n";
    case "money": return "m";
    case "text": case "textarea": case "date": case "datetime": case "select": case "radio": return "s";
    default: return "";
  }
}

/** How a calculated value is stored: n a finite number, m one rounded to fen, s a text, anything else as JSON holds it. */
function coerce(v: unknown, k: Kind): JsonObject[string] {
  if (v === undefined || v === null) return null;
  switch (k) {
    case "n": return typeof v === "number" && Number.isFinite(v) ? v : null;
    case "m": return typeof v === "number" && Number.isFinite(v) ? Math.round(v * 100) / 100 : null;
    case "s": return toText(v);
    default: return JSON.parse(JSON.stringify(v)) as JsonObject[string]; // a copy; NaN and undefined become null
  }
}

export class FormProgram {
  private readonly tables: { key: string; totalKey: string; rowCalcs: Calculation[]; totals: { key: string; kind: Kind }[] }[];
  private readonly calcs: Calculation[];
  readonly topSlots: Slot[];
  readonly columnSlots: Map<string, Slot[]>;
  readonly refused: RefusedExpression[] = [];

  constructor(form: FormDefinition) {
    const tables = form.fields.filter((f) => f.type === "table");
    this.tables = tables
      .map((t) => ({
        key: t.key,
        totalKey: t.key + "Total",
        rowCalcs: calculationOrder(t.columns ?? [], "row").map((c) => this.calculation(c)),
        totals: (t.columns ?? []).filter((c) => c.total === true).map((c) => ({ key: c.key, kind: kind(c) })),
      }))
      .filter((t) => t.rowCalcs.length > 0 || t.totals.length > 0);
    this.calcs = calculationOrder(form.fields, "data").map((f) => this.calculation(f));
    this.topSlots = form.fields.flatMap((f) => this.slots(f));
    this.columnSlots = new Map();
    for (const t of tables) {
      const list = (t.columns ?? []).flatMap((c) => this.slots(c));
      if (list.length > 0) this.columnSlots.set(t.key, list);
    }
  }

  private read(expression: string): ExprNode {
    const parsed = parseExpression(expression);
    if (parsed.root !== undefined) return parsed.root;
    this.refused.push({ expression, problem: parsed.problem });
    return new RefusedNode();
  }

  private calculation(f: FieldDefinition): Calculation {
    return { key: f.key, node: this.read(f.calculate!), kind: kind(f) };
  }

  private slots(f: FieldDefinition): Slot[] {
    const list: Slot[] = [];
    const add = (kind: SlotKind, text: string, rule = -1) => list.push({ field: f.key, kind, rule, node: this.read(text) });
    if (typeof f.visible === "string") add("visible", f.visible);
    if (typeof f.readOnly === "string") add("readOnly", f.readOnly);
    if (typeof f.required === "string") add("required", f.required);
    (f.rules ?? []).forEach((r, i) => add("rule", r.expression, i));
    return list;
  }

  /** Computes calculations into `data` and returns the condition and rule results. */
  run(data: JsonObject, caseData: JsonObject | null, step: string): ProgramRun {
    const scope: ExprScope = { data, caseData, step };
    const attempt = (c: Calculation): JsonObject[string] => {
      try { return coerce(c.node.evaluate(scope), c.kind); } catch (e) { if (e instanceof ExpressionError) return null; throw e; }
    };
    const check = (s: Slot): boolean | null => {
      try { return truthy(s.node.evaluate(scope)); } catch (e) { if (e instanceof ExpressionError) return null; throw e; }
    };
    for (const t of this.tables) {
      const rows = data[t.key];
      if (Array.isArray(rows) && t.rowCalcs.length > 0)
        rows.forEach((row, i) => {
          if (!isObject(row)) return;
          scope.row = row; scope.index = i;
          for (const c of t.rowCalcs) row[c.key] = attempt(c);
        });
      if (t.totals.length > 0) {
        const totals: JsonObject = {};
        for (const c of t.totals) totals[c.key] = coerce(sum(rows, c.key), c.kind);
        data[t.totalKey] = totals;
      }
    }
    scope.row = undefined; scope.index = undefined;
    for (const c of this.calcs) data[c.key] = attempt(c);
    const top = this.topSlots.map(check);
    const tables: Record<string, (boolean | null)[][]> = {};
    for (const [key, list] of this.columnSlots) {
      const rows = data[key];
      tables[key] = Array.isArray(rows)
        ? rows.map((r, i) => { scope.row = isObject(r) ? r : {}; scope.index = i; return list.map(check); })
        : [];
    }
    return { top, tables };
  }
}
