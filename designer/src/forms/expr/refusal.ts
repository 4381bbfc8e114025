/** A refusal while reading an expression: an EXPR-SYNTAX-* detail or a DEF-FORM-EXPR-* code, with its arguments. */
export class SyntaxRefusal extends Error {
  constructor(readonly code: string, readonly args: unknown[] = []) {
    super(code);
  }
}
