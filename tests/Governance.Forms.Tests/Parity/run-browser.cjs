// Runs the parity cases through the browser form module (compiled to CommonJS by the test) and writes the results.
// usage: node run-browser.cjs <compiled module dir> <cases.json> <definitions/forms dir> <output.json>
"use strict";
const fs = require("fs");
const path = require("path");
const [moduleDir, casesFile, formsDir, outFile] = process.argv.slice(2);
const { FormEvaluator, PRELUDE, FORM_MESSAGES } = require(path.resolve(moduleDir, "index.js"));
const input = JSON.parse(fs.readFileSync(casesFile, "utf8"));
const lookup = (source, value) => (input.sources[source] ? input.sources[source].includes(value) : undefined);
const formOf = (name) =>
  name.startsWith("file:") ? JSON.parse(fs.readFileSync(path.join(formsDir, name.slice(5)), "utf8")) : input.forms[name];
const results = input.cases.map((c) => {
  const result = new FormEvaluator(formOf(c.form), lookup).validate({ step: c.step, data: c.data, previous: c.previous, caseData: c.caseData });
  return { name: c.name, ...result };
});
fs.writeFileSync(outFile, JSON.stringify({ prelude: PRELUDE, messages: FORM_MESSAGES, results }));
