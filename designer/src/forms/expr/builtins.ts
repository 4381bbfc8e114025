import { ExpressionError, isRecord, kindName } from "./grammar";
import { join, sameValueZero, toInteger, toNumber, toText } from "./semantics";

/**
 * The functions and methods of the expression language, one descriptor each, with the server's names, arities and
 * meaning (Builtins.cs and Methods.cs); the parity tests hold them equal.
 */
export interface ExprFunction { name: string; minArgs: number; maxArgs: number; call: (args: unknown[]) => unknown }
export interface ExprMethod {
  name: string; minArgs: number; maxArgs: number;
  onText?: (s: string, args: unknown[]) => unknown;
  onList?: (list: unknown[], args: unknown[]) => unknown;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The numbers in a list, or the `key` of each object in it; anything not a finite number counts 0. */
export function sum(rows: unknown, key: unknown): number {
  if (!Array.isArray(rows)) return 0;
  const name = typeof key === "string" ? key : toText(key);
  let s = 0;
  for (const row of rows) {
    const v = isRecord(row) ? (hasOwn(row, name) ? row[name] : undefined) : row;
    if (typeof v === "number" && Number.isFinite(v)) s += v;
  }
  return s;
}

/** Rounds to `digits` decimals (whole, 0 when absent; negative rounds to tens…), halves up; 10^n built by multiplication. */
function round(x: number, digits: unknown): number {
  const d = digits === undefined ? 0 : Math.min(Math.max(toInteger(digits), -20), 20);
  let p = 1;
  for (let i = 0; i < Math.abs(d); i++) p *= 10;
  return d >= 0 ? Math.round(x * p) / p : Math.round(x / p) * p;
}

/** Days from one date to another (their first ten characters, YYYY-MM-DD); NaN when one is not a date. */
function days(from: unknown, to: unknown): number {
  for (const v of [from, to]) if (typeof v !== "string") throw new ExpressionError("EXPR-RUN-TEXT", ["days", kindName(v)]);
  const a = dayNumber(from as string);
  const b = dayNumber(to as string);
  return a === null || b === null ? NaN : b - a;
}

function dayNumber(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (year < 1 || length === undefined || day < 1 || day > length) return null;
  // Days from civil (proleptic Gregorian), without Date: Date.UTC reads years below 100 as 19xx.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
}

const fn = (name: string, minArgs: number, maxArgs: number, call: (a: unknown[]) => unknown): ExprFunction => ({ name, minArgs, maxArgs, call });

export const FUNCTIONS: ReadonlyMap<string, ExprFunction> = new Map([
  fn("sum", 1, 2, (a) => sum(a[0], a[1])),
  fn("count", 1, 1, (a) => (Array.isArray(a[0]) ? a[0].length : 0)),
  fn("empty", 1, 1, (a) => a[0] === undefined || a[0] === null || a[0] === "" || (Array.isArray(a[0]) && a[0].length === 0)),
  fn("isNullOrEmpty", 1, 1, (a) => a[0] === undefined || a[0] === null || a[0] === ""),
  fn("round", 1, 2, (a) => round(toNumber(a[0]), a[1])),
  fn("days", 2, 2, (a) => days(a[0], a[1])),
  fn("Number", 1, 1, (a) => toNumber(a[0])),
  fn("String", 1, 1, (a) => toText(a[0])),
  fn("Math.abs", 1, 1, (a) => Math.abs(toNumber(a[0]))),
  fn("Math.floor", 1, 1, (a) => Math.floor(toNumber(a[0]))),
  fn("Math.ceil", 1, 1, (a) => Math.ceil(toNumber(a[0]))),
  fn("Math.round", 1, 1, (a) => Math.round(toNumber(a[0]))),
  fn("Math.min", 1, 10, (a) => Math.min(...a.map(toNumber))),
  fn("Math.max", 1, 10, (a) => Math.max(...a.map(toNumber))),
].map((f) => [f.name, f] as const));

const text = (a: unknown[], i: number) => toText(a[i]);

export const METHODS: ReadonlyMap<string, ExprMethod> = new Map(([
  { name: "includes", minArgs: 1, maxArgs: 1, onText: (s, a) => s.includes(text(a, 0)), onList: (l, a) => l.some((e) => sameValueZero(e, a[0])) },
  { name: "indexOf", minArgs: 1, maxArgs: 1, onText: (s, a) => s.indexOf(text(a, 0)), onList: (l, a) => l.indexOf(a[0]) },
  { name: "startsWith", minArgs: 1, maxArgs: 1, onText: (s, a) => s.startsWith(text(a, 0)) },
  { name: "endsWith", minArgs: 1, maxArgs: 1, onText: (s, a) => s.endsWith(text(a, 0)) },
  { name: "trim", minArgs: 0, maxArgs: 0, onText: (s) => s.trim() },
  { name: "substring", minArgs: 1, maxArgs: 2, onText: (s, a) => s.substring(toInteger(a[0]), a[1] === undefined ? undefined : toInteger(a[1])) },
  { name: "join", minArgs: 0, maxArgs: 1, onList: (l, a) => join(l, a[0] === undefined ? "," : text(a, 0)) },
] as ExprMethod[]).map((m) => [m.name, m] as const));
