import { ExpressionError, FORBIDDEN_MEMBERS, isRecord, kindName } from "./grammar";

/**
 * JavaScript's conversions and comparisons for the values an expression can hold (Semantics.cs on the server).
 * Objects and lists are plain data: converted to a primitive, a list gives its elements joined with commas and an
 * object `[object Object]`, whatever keys it has — no key of the data ever acts as a method. Once both sides are
 * primitives, JavaScript's own operators do the rest, so the browser is JavaScript by definition and the server
 * is held to it by the parity tests.
 */

type Primitive = undefined | null | boolean | number | string;

export function toPrimitive(v: unknown): Primitive {
  if (Array.isArray(v)) return join(v, ",");
  if (isRecord(v)) return "[object Object]";
  return v as Primitive;
}

export const truthy = (v: unknown): boolean => (typeof v === "object" && v !== null) || !!v;
export const typeOf = (v: unknown): string => (v === null || typeof v === "object" ? "object" : typeof v);
export const toNumber = (v: unknown): number => Number(toPrimitive(v));
export const toText = (v: unknown): string => String(toPrimitive(v));

/** Array.prototype.join: null and undefined elements are empty. */
export const join = (list: unknown[], separator: string): string =>
  list.map((e) => (e === null || e === undefined ? "" : toText(e))).join(separator);

/** ToIntegerOrInfinity: NaN is 0, fractions are cut towards zero. */
export function toInteger(v: unknown): number {
  const d = toNumber(v);
  return Number.isNaN(d) ? 0 : Math.trunc(d);
}

export const add = (a: unknown, b: unknown): unknown =>
  (toPrimitive(a) as number) + (toPrimitive(b) as number); // text if either side is text, as in JavaScript

export const strictEquals = (a: unknown, b: unknown): boolean => a === b;
export const sameValueZero = (a: unknown, b: unknown): boolean => a === b || (a !== a && b !== b);

export function looseEquals(a: unknown, b: unknown): boolean {
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) return a === b;
  return toPrimitive(a) == toPrimitive(b);
}

/** `<`, `<=`, `>`, `>=` on the primitives of both sides. */
export function relation(op: string, a: unknown, b: unknown): boolean {
  const x = toPrimitive(a) as number;
  const y = toPrimitive(b) as number;
  switch (op) {
    case "<": return x < y;
    case "<=": return x <= y;
    case ">": return x > y;
    default: return x >= y;
  }
}

/**
 * Reads a property of plain data. Objects give their own keys only (never a prototype's); lists and texts give
 * `length` and their elements. Everything else fails: a property of null, undefined, a number or a boolean, another
 * name on a list or a text, a name of FORBIDDEN_MEMBERS.
 */
export function get(target: unknown, key: unknown): unknown {
  if (isRecord(target)) {
    const name = typeof key === "string" ? key : toText(key);
    if (FORBIDDEN_MEMBERS.has(name)) throw new ExpressionError("EXPR-RUN-FORBIDDEN", [name]);
    return Object.prototype.hasOwnProperty.call(target, name) ? target[name] : undefined;
  }
  if (Array.isArray(target) || typeof target === "string") {
    const i = index(key);
    if (i !== null) return i >= target.length ? undefined : Array.isArray(target) ? target[i] : target.charAt(i);
    if (key === "length") return target.length;
    if (typeof key === "number") return undefined; // 1.5, -1: no such element
  }
  throw new ExpressionError("EXPR-RUN-PROPERTY", [kindName(target), toText(key)]);
}

/** A list index: a whole number from 0, or its canonical text ("2", not "02"). */
function index(key: unknown): number | null {
  if (typeof key === "number") return Number.isInteger(key) && key >= 0 && key < 4294967295 ? key : null;
  if (typeof key !== "string" || !/^(?:0|[1-9][0-9]{0,9})$/.test(key)) return null;
  const n = Number(key);
  return n < 4294967295 ? n : null;
}
