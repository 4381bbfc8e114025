// Runs the parity cases through the browser form module (compiled to CommonJS by the test) and writes the results:
// whole forms (cases.json), and single expressions (expressions.json) through the module's parser and interpreter and,
// as an oracle, through JavaScript itself.
// usage: node run-browser.cjs <compiled module dir> <cases.json> <definitions/forms dir> <expressions.json> <output.json>
"use strict";
const fs = require("fs");
const path = require("path");
const [moduleDir, casesFile, formsDir, expressionsFile, outFile] = process.argv.slice(2);
const forms = require(path.resolve(moduleDir, "index.js"));
const { FormEvaluator, FORM_MESSAGES, EXPRESSION_MESSAGES, parseExpression, expressionProblemMessage, formatMessage, ExpressionError } = forms;

const input = JSON.parse(fs.readFileSync(casesFile, "utf8"));
const lookup = (source, value) => (input.sources[source] ? input.sources[source].includes(value) : undefined);
const formOf = (name) =>
  name.startsWith("file:") ? JSON.parse(fs.readFileSync(path.join(formsDir, name.slice(5)), "utf8")) : input.forms[name];
const results = input.cases.map((c) => {
  const result = new FormEvaluator(formOf(c.form), lookup).validate({ step: c.step, data: c.data, previous: c.previous, caseData: c.caseData });
  return { name: c.name, ...result };
});

// A value written so that both sides can compare it: kind, then JavaScript's text for numbers (with -0), JSON for texts.
function describe(v) {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "boolean") return "boolean " + v;
  if (typeof v === "number") return "number " + (Object.is(v, -0) ? "-0" : String(v));
  if (typeof v === "string") return "string " + JSON.stringify(v);
  if (typeof v === "function") return "function";
  if (Array.isArray(v)) return "array [" + v.map(describe).join(", ") + "]";
  return "object {" + Object.keys(v).map((k) => JSON.stringify(k) + ": " + describe(v[k])).join(", ") + "}";
}

// What the helpers meant while forms ran as JavaScript (the old prelude): the oracle for sum, count, empty, round, days.
const PRELUDE =
  "function isNullOrEmpty(v) { return v === null || v === undefined || v === ''; }\n" +
  "function empty(v) { return v === null || v === undefined || v === '' || (Object.prototype.toString.call(v) === '[object Array]' && v.length === 0); }\n" +
  "function sum(rows, key) { var s = 0; if (Object.prototype.toString.call(rows) !== '[object Array]') return 0; for (var i = 0; i < rows.length; i++) { var v = rows[i] !== null && typeof rows[i] === 'object' ? rows[i][key] : rows[i]; if (typeof v === 'number' && isFinite(v)) s += v; } return s; }\n" +
  "function count(rows) { return Object.prototype.toString.call(rows) === '[object Array]' ? rows.length : 0; }\n" +
  "function round(x, digits) { var p = Math.pow(10, digits || 0); return Math.round(x * p) / p; }\n" +
  "function days(from, to) { var a = Date.UTC(+from.substr(0, 4), +from.substr(5, 2) - 1, +from.substr(8, 2)); var b = Date.UTC(+to.substr(0, 4), +to.substr(5, 2) - 1, +to.substr(8, 2)); return Math.round((b - a) / 86400000); }\n";

const expressions = JSON.parse(fs.readFileSync(expressionsFile, "utf8"));
const cases = [...expressions.evaluate];
for (const a of expressions.operands)
  for (const op of expressions.binary) for (const b of expressions.operands) cases.push({ expr: `${a} ${op} ${b}` });
for (const op of expressions.unary) for (const a of expressions.operands) cases.push({ expr: `${op}(${a})` });
for (const a of expressions.logicalOperands)
  for (const op of expressions.logical) for (const b of expressions.logicalOperands) cases.push({ expr: `${a} ${op} ${b}` });
for (const a of expressions.operands) cases.push({ expr: `${a} ? 'yes' : 'no'` });

// A fresh copy each time; structuredClone keeps -0 and own keys named __proto__, as the server's parsed copy does.
const scopeOf = (name) => structuredClone(expressions.scopes[name ?? "main"]);
// Lone surrogates written as \uXXXX text: the server's JSON reader refuses them in a string.
const wellFormed = (s) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16));
const evaluated = cases.map((c) => {
  const parsed = parseExpression(c.expr);
  if (parsed.root === undefined) return { expr: c.expr, scope: c.scope ?? "main", print: "refused " + expressionProblemMessage(c.expr, parsed.problem) };
  let ours;
  try {
    ours = describe(parsed.root.evaluate(scopeOf(c.scope)));
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    ours = `error ${e.code} ${formatMessage(e.code, ...e.args)}`;
  }
  let native = "skipped";
  if (!c.notNative) {
    const s = scopeOf(c.scope);
    try {
      native = describe(new Function("data", "caseData", "step", "row", "index", `"use strict";\n${PRELUDE}return (\n${c.expr}\n);`)(s.data, s.caseData, s.step, s.row, s.index));
    } catch {
      native = "error";
    }
  }
  return { expr: c.expr, scope: c.scope ?? "main", print: wellFormed(parsed.root.print()), ours, native };
});

const refused = expressions.refuse.map((r) => {
  const parsed = parseExpression(r.expr);
  if (parsed.root !== undefined) return { expr: r.expr, code: "accepted", message: parsed.root.print() };
  return { expr: r.expr, code: parsed.problem.code, detail: parsed.problem.detail?.code ?? null, message: expressionProblemMessage(r.expr, parsed.problem) };
});

const grammar = {
  scopeNames: [...forms.SCOPE_NAMES],
  forbiddenMembers: [...forms.FORBIDDEN_MEMBERS],
  forbiddenWords: [...forms.FORBIDDEN_WORDS],
  maxLength: forms.MAX_LENGTH,
  maxDepth: forms.MAX_DEPTH,
  functions: [...forms.FUNCTIONS.values()].map((f) => `${f.name} ${f.minArgs} ${f.maxArgs}`),
  methods: [...forms.METHODS.values()].map((m) => `${m.name} ${m.minArgs} ${m.maxArgs}${m.onText ? " text" : ""}${m.onList ? " list" : ""}`),
};

fs.writeFileSync(outFile, JSON.stringify({ messages: FORM_MESSAGES, expressionMessages: EXPRESSION_MESSAGES, grammar, results, evaluated, refused }));
