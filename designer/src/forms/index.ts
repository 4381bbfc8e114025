/**
 * Forms in the browser, without React: evaluates a form definition exactly as the server checks it, so a page
 * can show conditions, calculated values and the server's own error messages before it sends anything. Form
 * expressions are parsed and interpreted (./expr), never run as JavaScript.
 */
export { FormEvaluator } from "./validate";
export { EXPRESSION_MESSAGES, FORM_MESSAGES, expressionProblemMessage, formatMessage } from "./messages";
export * from "./expr";
export { references, calculationOrder } from "./references";
export type * from "./types";
