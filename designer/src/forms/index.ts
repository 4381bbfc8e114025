/**
 * Forms in the browser, without React: evaluates a form definition exactly as the server checks it, so a page
 * can show conditions, calculated values and the server's own error messages before it sends anything.
 */
export { FormEvaluator } from "./validate";
export { FORM_MESSAGES, formatMessage } from "./messages";
export { PRELUDE } from "./prelude";
export { references, calculationOrder } from "./references";
export type * from "./types";
