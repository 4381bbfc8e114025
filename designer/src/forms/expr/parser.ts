import { FUNCTIONS, METHODS } from "./builtins";
import { FORBIDDEN_MEMBERS, FORBIDDEN_WORDS, MAX_DEPTH, MAX_LENGTH, SCOPE_NAMES } from "./grammar";
import { tokenize, type Token } from "./lexer";
import {
  ArrayNode, BinaryNode, CallNode, ConditionalNode, IndexNode, LiteralNode, LogicalNode, MemberNode, MethodNode, NameNode, UnaryNode,
  type ExprNode,
} from "./nodes";
import { SyntaxRefusal } from "./refusal";

/**
 * Why an expression is refused: a DEF-FORM-EXPR-* code and its arguments after the expression's text. For
 * DEF-FORM-EXPR-SYNTAX the one argument is the detail: an EXPR-SYNTAX-* code with its own arguments.
 */
export interface ExprProblem { code: string; args: unknown[]; detail?: { code: string; args: unknown[] } }
export type ParseResult = { root: ExprNode; problem?: undefined } | { root?: undefined; problem: ExprProblem };

/**
 * Reads a form expression into its syntax tree, or says why it is refused — the grammar and the refusals of the
 * server's ExpressionParser.cs, rule for rule (definitions/forms/README.md describes the language).
 */
export function parseExpression(text: string): ParseResult {
  try {
    if (text.length > MAX_LENGTH) throw new SyntaxRefusal("EXPR-SYNTAX-LONG", [MAX_LENGTH]);
    const tokens = tokenize(text);
    if (tokens.some((t) => t.kind === "punct" && t.text === ";")) return { problem: { code: "DEF-FORM-EXPR-SINGLE", args: [] } };
    if (tokens.length === 1) throw new SyntaxRefusal("EXPR-SYNTAX-EMPTY");
    const root = new Parser(tokens).whole();
    if (root.depth > MAX_DEPTH) throw new SyntaxRefusal("EXPR-SYNTAX-DEEP", [MAX_DEPTH]);
    return { root };
  } catch (e) {
    if (!(e instanceof SyntaxRefusal)) throw e;
    return {
      problem: e.code.startsWith("EXPR-SYNTAX-")
        ? { code: "DEF-FORM-EXPR-SYNTAX", args: [], detail: { code: e.code, args: e.args } }
        : { code: e.code, args: e.args },
    };
  }
}

/** JavaScript operators the language leaves out: assignment, update, arrow, exponent, bitwise, optional chaining, objects, templates. */
const FORBIDDEN_PUNCTS = new Set([
  "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=",
  "++", "--", "=>", "**", "&", "|", "^", "~", "<<", ">>", ">>>", "?.", "`", "{", "}", "...", "#", "@",
]);

function unexpected(t: Token): SyntaxRefusal {
  if (t.kind === "end") return new SyntaxRefusal("EXPR-SYNTAX-END");
  if ((t.kind === "punct" && FORBIDDEN_PUNCTS.has(t.text)) || (t.kind === "name" && FORBIDDEN_WORDS.has(t.text)))
    return new SyntaxRefusal("DEF-FORM-EXPR-FORBIDDEN", [t.text]);
  return new SyntaxRefusal("EXPR-SYNTAX-UNEXPECTED", [t.at + 1, t.text]);
}

const range = (min: number, max: number) => (min === max ? String(min) : `${min}～${max}`);

class Parser {
  private p = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private get peek(): Token { return this.tokens[this.p]; }
  private is(t: Token, punct: string): boolean { return t.kind === "punct" && t.text === punct; }
  private accept(punct: string): boolean {
    if (!this.is(this.peek, punct)) return false;
    this.p++;
    return true;
  }
  private expect(punct: string): void {
    if (this.accept(punct)) return;
    const t = this.peek;
    if (t.kind === "punct" && FORBIDDEN_PUNCTS.has(t.text)) throw unexpected(t);
    throw t.kind === "end" ? new SyntaxRefusal("EXPR-SYNTAX-END") : new SyntaxRefusal("EXPR-SYNTAX-EXPECTED", [t.at + 1, punct, t.text]);
  }
  private deeper(): void {
    if (++this.depth > MAX_DEPTH) throw new SyntaxRefusal("EXPR-SYNTAX-DEEP", [MAX_DEPTH]);
  }

  whole(): ExprNode {
    const root = this.expression();
    if (this.peek.kind !== "end") throw unexpected(this.peek);
    return root;
  }

  private expression(): ExprNode {
    this.deeper();
    let test = this.shortCircuit();
    if (this.accept("?")) {
      const then = this.expression();
      this.expect(":");
      test = new ConditionalNode([test, then, this.expression()]);
    }
    this.depth--;
    return test;
  }

  private shortCircuit(): ExprNode {
    const first = this.equality();
    if (this.is(this.peek, "??")) {
      let coalesce = first;
      while (this.accept("??")) coalesce = new LogicalNode("??", coalesce, this.equality());
      if (this.is(this.peek, "&&") || this.is(this.peek, "||")) throw new SyntaxRefusal("EXPR-SYNTAX-MIXED", [this.peek.at + 1]);
      return coalesce;
    }
    let left = this.andRest(first);
    while (this.accept("||")) left = new LogicalNode("||", left, this.andRest(this.equality()));
    if (this.is(this.peek, "??")) throw new SyntaxRefusal("EXPR-SYNTAX-MIXED", [this.peek.at + 1]);
    return left;
  }

  private andRest(left: ExprNode): ExprNode {
    while (this.accept("&&")) left = new LogicalNode("&&", left, this.equality());
    return left;
  }

  private equality = (): ExprNode => this.binary(this.relational, ["===", "!==", "==", "!="]);
  private relational = (): ExprNode => this.binary(this.additive, ["<", "<=", ">", ">="]);
  private additive = (): ExprNode => this.binary(this.term, ["+", "-"]);
  private term = (): ExprNode => this.binary(this.unary, ["*", "/", "%"]);

  private binary(operand: () => ExprNode, ops: string[]): ExprNode {
    let left = operand();
    while (this.peek.kind === "punct" && ops.includes(this.peek.text)) {
      const op = this.tokens[this.p++].text;
      left = new BinaryNode(op, left, operand());
    }
    if (this.peek.kind === "name" && (this.peek.text === "in" || this.peek.text === "instanceof")) throw unexpected(this.peek);
    return left;
  }

  private unary = (): ExprNode => {
    const t = this.peek;
    if (this.is(t, "!") || this.is(t, "-") || this.is(t, "+") || (t.kind === "name" && t.text === "typeof")) {
      this.deeper();
      this.p++;
      const node = new UnaryNode(t.text, this.unary());
      this.depth--;
      return node;
    }
    return this.postfix();
  };

  private postfix(): ExprNode {
    let node = this.primary();
    for (;;) {
      if (this.accept(".")) {
        if (this.peek.kind !== "name") throw unexpected(this.peek);
        const name = this.tokens[this.p++].text;
        if (FORBIDDEN_MEMBERS.has(name)) throw new SyntaxRefusal("DEF-FORM-EXPR-FORBIDDEN", [name]);
        if (!this.is(this.peek, "(")) { node = new MemberNode(node, name); continue; }
        const method = METHODS.get(name);
        if (method === undefined) throw new SyntaxRefusal("DEF-FORM-EXPR-FUNCTION", [name, [...METHODS.keys()].join(", ")]);
        node = new MethodNode(node, method, this.args(name, method.minArgs, method.maxArgs));
      } else if (this.accept("[")) {
        const key = this.expression();
        if (key instanceof LiteralNode && typeof key.value === "string" && FORBIDDEN_MEMBERS.has(key.value))
          throw new SyntaxRefusal("DEF-FORM-EXPR-FORBIDDEN", [key.value]);
        this.expect("]");
        node = new IndexNode(node, key);
      } else if (this.is(this.peek, "(")) throw new SyntaxRefusal("EXPR-SYNTAX-CALL", [this.peek.at + 1]);
      else return node;
    }
  }

  private args(name: string, min: number, max: number): ExprNode[] {
    this.expect("(");
    const args: ExprNode[] = [];
    while (!this.accept(")")) {
      args.push(this.expression());
      if (!this.is(this.peek, ")")) this.expect(",");
    }
    if (args.length < min || args.length > max) throw new SyntaxRefusal("DEF-FORM-EXPR-ARGUMENTS", [name, range(min, max), args.length]);
    return args;
  }

  private primary(): ExprNode {
    const t = this.peek;
    if (t.kind === "number") { this.p++; return new LiteralNode(t.number!); }
    if (t.kind === "string") { this.p++; return new LiteralNode(t.value!); }
    if (t.kind === "name") return this.name();
    if (this.accept("(")) {
      if (this.is(this.peek, ")") && this.is(this.tokens[this.p + 1], "=>")) throw unexpected(this.tokens[this.p + 1]); // () => …
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (this.accept("[")) {
      const items: ExprNode[] = [];
      while (!this.accept("]")) {
        items.push(this.expression());
        if (!this.is(this.peek, "]")) this.expect(",");
      }
      return new ArrayNode(items);
    }
    throw unexpected(t);
  }

  private name(): ExprNode {
    const t = this.tokens[this.p++];
    switch (t.text) {
      case "true": return new LiteralNode(true);
      case "false": return new LiteralNode(false);
      case "null": return new LiteralNode(null);
      case "undefined": return new LiteralNode(undefined);
    }
    if (this.is(this.peek, "=>")) throw unexpected(this.peek);
    if (FORBIDDEN_WORDS.has(t.text) || FORBIDDEN_MEMBERS.has(t.text)) throw new SyntaxRefusal("DEF-FORM-EXPR-FORBIDDEN", [t.text]);
    let name = t.text;
    if (name === "Math" && this.is(this.peek, ".") && this.tokens[this.p + 1].kind === "name" && this.is(this.tokens[this.p + 2], "(")) {
      name = "Math." + this.tokens[this.p + 1].text;
      this.p += 2;
    }
    if (this.is(this.peek, "(")) {
      const fn = FUNCTIONS.get(name);
      if (fn === undefined) throw new SyntaxRefusal("DEF-FORM-EXPR-FUNCTION", [name, [...FUNCTIONS.keys()].join(", ")]);
      return new CallNode(fn, this.args(name, fn.minArgs, fn.maxArgs));
    }
    if (!SCOPE_NAMES.includes(name)) throw new SyntaxRefusal("DEF-FORM-EXPR-NAME", [name, SCOPE_NAMES.join(", ")]);
    return new NameNode(name);
  }
}
