/**
 * The names of the form expression language: what an expression may name, what it may never reach, and its limits.
 * The server has the same lists (engine/Governance.Core/Forms/Expressions/Grammar.cs); the parity test compares them.
 * The language is described in definitions/forms/README.md.
 */

/** The values an expression sees (`row` and `index` are undefined outside a sub-table column). */
export const SCOPE_NAMES: readonly string[] = ["data", "row", "index", "caseData", "step"];

/**
 * Keys of Object.prototype, and `prototype`: the ways from a value to its constructor and to code. Refused when an
 * expression is read, and refused again at run time when a computed key arrives at one.
 */
export const FORBIDDEN_MEMBERS: ReadonlySet<string> = new Set([
  "constructor", "__proto__", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
]);

/** JavaScript keywords that have no place in an expression: functions, objects, statements, operators left out. */
export const FORBIDDEN_WORDS: ReadonlySet<string> = new Set([
  "function", "new", "this", "delete", "void", "in", "instanceof", "class", "import", "export", "yield", "await", "async",
  "super", "var", "let", "const", "return", "if", "else", "for", "while", "do", "throw", "try", "catch", "finally", "with",
  "debugger", "switch", "case", "default", "break", "continue", "extends", "enum", "static", "arguments",
]);

/** The longest expression text, and the deepest nesting of its syntax tree. */
export const MAX_LENGTH = 2000;
export const MAX_DEPTH = 100;

/** Plain data: an object that is not a list. */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** A value's kind as error messages name it (JavaScript's words). */
export function kindName(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "object" ? "object" : typeof v;
}

/**
 * An expression that cannot be evaluated for this data (reading a property of undefined, calling a method the value
 * lacks): where JavaScript would throw. The form counts it as the expression's error.
 */
export class ExpressionError extends Error {
  constructor(readonly code: string, readonly args: unknown[] = []) {
    super(code);
  }
}
