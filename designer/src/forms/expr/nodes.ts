import type { ExprFunction, ExprMethod } from "./builtins";
import { ExpressionError, kindName } from "./grammar";
import { add, get, looseEquals, relation, strictEquals, toNumber, truthy, typeOf } from "./semantics";

/** What an expression reads: the form's data, the case, the step, and in a sub-table column the row and its index. */
export interface ExprScope {
  data: Record<string, unknown>;
  caseData: Record<string, unknown> | null;
  step: string;
  /** The sub-table row being computed or checked; undefined outside one. */
  row?: Record<string, unknown>;
  /** The row's position from 0; undefined outside a sub-table. */
  index?: number;
}

/**
 * A node of an expression's syntax tree, evaluated by walking the tree (ExprNode.cs and its kin on the server).
 * `print` writes the tree in the fixed form the server's parser writes; the parity test compares the two.
 */
export abstract class ExprNode {
  readonly depth: number;
  constructor(readonly children: ExprNode[] = []) {
    this.depth = 1 + children.reduce((m, c) => Math.max(m, c.depth), 0);
  }
  abstract evaluate(scope: ExprScope): unknown;
  abstract print(): string;
  toString(): string { return this.print(); }
}

const list = (head: string, items: ExprNode[]) => `(${[head, ...items.map((i) => i.print())].join(" ")})`;
const quote = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

export class LiteralNode extends ExprNode {
  constructor(readonly value: undefined | null | boolean | number | string) { super(); }
  evaluate(): unknown { return this.value; }
  print(): string { return typeof this.value === "string" ? quote(this.value) : String(this.value); }
}

export class ArrayNode extends ExprNode {
  evaluate(scope: ExprScope): unknown { return this.children.map((c) => c.evaluate(scope)); }
  print(): string { return list("array", this.children); }
}

export class NameNode extends ExprNode {
  constructor(readonly name: string) { super(); }
  evaluate(scope: ExprScope): unknown {
    switch (this.name) {
      case "data": return scope.data;
      case "caseData": return scope.caseData ?? null;
      case "step": return scope.step;
      case "row": return scope.row;
      default: return scope.index;
    }
  }
  print(): string { return this.name; }
}

export class MemberNode extends ExprNode {
  constructor(target: ExprNode, readonly name: string) { super([target]); }
  get target(): ExprNode { return this.children[0]; }
  evaluate(scope: ExprScope): unknown { return get(this.target.evaluate(scope), this.name); }
  print(): string { return `(. ${this.target.print()} ${this.name})`; }
}

export class IndexNode extends ExprNode {
  constructor(target: ExprNode, key: ExprNode) { super([target, key]); }
  get target(): ExprNode { return this.children[0]; }
  get key(): ExprNode { return this.children[1]; }
  evaluate(scope: ExprScope): unknown {
    const target = this.target.evaluate(scope);
    return get(target, this.key.evaluate(scope));
  }
  print(): string { return list("[]", this.children); }
}

export class ConditionalNode extends ExprNode {
  evaluate(scope: ExprScope): unknown {
    return truthy(this.children[0].evaluate(scope)) ? this.children[1].evaluate(scope) : this.children[2].evaluate(scope);
  }
  print(): string { return list("?", this.children); }
}

/** `&&`, `||`, `??`: the right side only when needed, and the deciding side's value. */
export class LogicalNode extends ExprNode {
  constructor(readonly op: string, left: ExprNode, right: ExprNode) { super([left, right]); }
  evaluate(scope: ExprScope): unknown {
    const left = this.children[0].evaluate(scope);
    const decided = this.op === "&&" ? !truthy(left) : this.op === "||" ? truthy(left) : left !== undefined && left !== null;
    return decided ? left : this.children[1].evaluate(scope);
  }
  print(): string { return list(this.op, this.children); }
}

export class UnaryNode extends ExprNode {
  constructor(readonly op: string, operand: ExprNode) { super([operand]); }
  evaluate(scope: ExprScope): unknown {
    const v = this.children[0].evaluate(scope);
    switch (this.op) {
      case "!": return !truthy(v);
      case "-": return -toNumber(v);
      case "+": return toNumber(v);
      default: return typeOf(v);
    }
  }
  print(): string { return list(this.op, this.children); }
}

const BINARY: Record<string, (a: unknown, b: unknown) => unknown> = {
  "+": add,
  "-": (a, b) => toNumber(a) - toNumber(b),
  "*": (a, b) => toNumber(a) * toNumber(b),
  "/": (a, b) => toNumber(a) / toNumber(b),
  "%": (a, b) => toNumber(a) % toNumber(b),
  "<": (a, b) => relation("<", a, b),
  "<=": (a, b) => relation("<=", a, b),
  ">": (a, b) => relation(">", a, b),
  ">=": (a, b) => relation(">=", a, b),
  "===": strictEquals,
  "!==": (a, b) => !strictEquals(a, b),
  "==": looseEquals,
  "!=": (a, b) => !looseEquals(a, b),
};

export const isBinaryOperator = (op: string): boolean => Object.prototype.hasOwnProperty.call(BINARY, op);

export class BinaryNode extends ExprNode {
  private readonly apply: (a: unknown, b: unknown) => unknown;
  constructor(readonly op: string, left: ExprNode, right: ExprNode) {
    super([left, right]);
    this.apply = BINARY[op];
  }
  evaluate(scope: ExprScope): unknown {
    const a = this.children[0].evaluate(scope);
    return this.apply(a, this.children[1].evaluate(scope));
  }
  print(): string { return list(this.op, this.children); }
}

export class CallNode extends ExprNode {
  constructor(readonly fn: ExprFunction, args: ExprNode[]) { super(args); }
  evaluate(scope: ExprScope): unknown { return this.fn.call(this.children.map((c) => c.evaluate(scope))); }
  print(): string { return list("call " + this.fn.name, this.children); }
}

export class MethodNode extends ExprNode {
  constructor(target: ExprNode, readonly method: ExprMethod, args: ExprNode[]) { super([target, ...args]); }
  evaluate(scope: ExprScope): unknown {
    const target = this.children[0].evaluate(scope);
    // As in JavaScript, undefined.trim fails before the arguments are evaluated; 1..trim() after.
    if (target === undefined || target === null) throw new ExpressionError("EXPR-RUN-PROPERTY", [kindName(target), this.method.name]);
    const args = this.children.slice(1).map((c) => c.evaluate(scope));
    if (typeof target === "string" && this.method.onText) return this.method.onText(target, args);
    if (Array.isArray(target) && this.method.onList) return this.method.onList(target, args);
    throw new ExpressionError("EXPR-RUN-METHOD", [kindName(target), this.method.name]);
  }
  print(): string { return list("method " + this.method.name, this.children); }
}

