import { IndexNode, LiteralNode, MemberNode, NameNode, parseExpression, type ExprNode } from "./expr";
import type { FieldDefinition } from "./types";

/**
 * The fields an expression reads (data.key, data['key'], or row.key in a sub-table), found in its syntax tree as
 * the server finds them (FormExpression.cs). A refused expression reads nothing.
 */
export function references(expression: string, scope: "data" | "row"): Set<string> {
  const found = new Set<string>();
  const parsed = parseExpression(expression);
  const visit = (node: ExprNode) => {
    const target = node instanceof MemberNode || node instanceof IndexNode ? node.target : undefined;
    const key = node instanceof MemberNode ? node.name
      : node instanceof IndexNode && node.key instanceof LiteralNode && typeof node.key.value === "string" ? node.key.value : undefined;
    if (target instanceof NameNode && target.name === scope && key !== undefined) found.add(key);
    node.children.forEach(visit);
  };
  if (parsed.root !== undefined) visit(parsed.root);
  return found;
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
