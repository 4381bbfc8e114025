/**
 * The form expression language in the browser: a parser and an interpreter for the grammar the server reads
 * (engine/Governance.Core/Forms/Expressions), with the same meaning. Nothing an administrator writes is ever run
 * as JavaScript: no eval, no Function.
 */
export { parseExpression, type ExprProblem, type ParseResult } from "./parser";
export { ExprNode, IndexNode, LiteralNode, MemberNode, NameNode, type ExprScope } from "./nodes";
export { ExpressionError, FORBIDDEN_MEMBERS, FORBIDDEN_WORDS, MAX_DEPTH, MAX_LENGTH, SCOPE_NAMES } from "./grammar";
export { FUNCTIONS, METHODS, sum } from "./builtins";
export { toText, truthy } from "./semantics";
