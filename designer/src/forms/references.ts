import type { FieldDefinition } from "./types";

/**
 * The fields an expression reads (data.key, data['key'], or row.key in a sub-table). The server reads them from
 * Jint's syntax tree; here a small scanner skips strings and comments and finds the same names.
 */
export function references(expression: string, scope: "data" | "row"): Set<string> {
  const found = new Set<string>();
  const code = blankStringsAndComments(expression);
  const re = new RegExp(`(^|[^\\w$.])${scope}\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)|\\[\\s*(['"])([^'"]*)\\3\\s*\\])`, "g");
  for (let m = re.exec(code); m !== null; m = re.exec(code)) {
    if (m[2] !== undefined) found.add(m[2]);
    else {
      const start = m.index + m[0].indexOf(m[3]) + 1;
      found.add(expression.substr(start, m[4].length)); // the literal's text, not the blanked copy
    }
  }
  return found;
}

/** Replaces the inside of string literals and comments with spaces, keeping positions. */
function blankStringsAndComments(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'" || c === '"') {
      out += c;
      let j = i + 1;
      for (; j < s.length && s[j] !== c; j++) {
        if (s[j] === "\\") { out += " "; j++; }
        out += j < s.length ? " " : "";
      }
      if (j < s.length) out += c;
      i = j;
    } else if (c === "/" && s[i + 1] === "/") {
      while (i < s.length && s[i] !== "\n") { out += " "; i++; }
      if (i < s.length) out += "\n";
    } else if (c === "/" && s[i + 1] === "*") {
      const end = s.indexOf("*/", i + 2);
      const stop = end < 0 ? s.length : end + 2;
      out += " ".repeat(stop - i);
      i = stop - 1;
    } else out += c;
  }
  return out;
}

/**
 * Calculated fields in the order the server computes them (CalculationOrder.cs): each after the calculated
 * fields it reads, otherwise in field order.
 */
export function calculationOrder(fields: FieldDefinition[], scope: "data" | "row"): FieldDefinition[] {
  const calculated = fields.filter((f) => f.calculate !== undefined);
  const byKey = new Map(calculated.map((f) => [f.key, f] as const));
  const state = new Map<string, number>();
  const order: FieldDefinition[] = [];
  const visit = (f: FieldDefinition) => {
    if (state.get(f.key) !== undefined) return; // done, or a cycle the server refuses on load
    state.set(f.key, 1);
    for (const r of [...references(f.calculate!, scope)].sort(ordinal)) {
      const dep = byKey.get(r);
      if (dep) visit(dep);
    }
    state.set(f.key, 2);
    order.push(f);
  };
  calculated.forEach(visit);
  return order;
}

/** Ordinal (UTF-16 code unit) comparison, as the server's StringComparer.Ordinal. */
export const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
