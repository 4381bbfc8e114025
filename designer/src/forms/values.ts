import type { Json, JsonObject } from "./types";

/** The value helpers the checks share with the server (engine/Governance.Core/Forms/Runtime/JsonValues.cs). */

export const isString = (v: unknown): v is string => typeof v === "string";
export const isNumber = (v: unknown): v is number => typeof v === "number";
export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The characters a person sees (grapheme clusters): an emoji or a letter with its accents is one, as on the server. */
export function textLength(s: string): number {
  // Plain text (no surrogates, combining marks or CR LF) is the common case: one code unit, one character.
  if (!/[\u0300-\uffff\r]/.test(s)) return s.length;
  return Array.from(graphemes.segment(s)).length;
}

/** Null, an empty or blank string, or an empty list. */
export function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.trim().length === 0;
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Structural equality; object keys in any order, a missing key equal to null. */
export function same(a: unknown, b: unknown): boolean {
  const na = a === null || a === undefined;
  const nb = b === null || b === undefined;
  if (na || nb) return na && nb;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => same(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    for (const k of Object.keys(a)) if (!same(a[k], b[k])) return false;
    for (const k of Object.keys(b)) if (!(k in a) && !(b[k] === null || b[k] === undefined)) return false;
    return true;
  }
  return typeof a === typeof b && a === b;
}

/** Follows a dotted path (reporter.phone) through objects. */
export function at(root: JsonObject | null | undefined, path: string): Json | undefined {
  let node: Json | undefined = root ?? undefined;
  for (const part of path.split(".")) node = isObject(node) ? node[part] : undefined;
  return node;
}

export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
