import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expressionProblemMessage, FormEvaluator, parseExpression, type FormDefinition } from '../src/forms';
import { FormProgram } from '../src/forms/program';

/** The refusal an expression gets: its code and the Chinese message the server's form loader gives too. */
function refusal(expression: string): string {
  const parsed = parseExpression(expression);
  if (parsed.problem === undefined) throw new Error(`${expression} should be refused`);
  return `${parsed.problem.code} ${expressionProblemMessage(expression, parsed.problem)}`;
}

test('an expression that reaches for a constructor, the page or the network is refused when it is read', () => {
  const cases: [string, string][] = [
    ['data.title.constructor', 'DEF-FORM-EXPR-FORBIDDEN 表达式“data.title.constructor”中不能使用 constructor'],
    ["data.items['__proto__']", 'DEF-FORM-EXPR-FORBIDDEN'],
    ['data.prototype', 'DEF-FORM-EXPR-FORBIDDEN'],
    ['data.title.valueOf()', 'DEF-FORM-EXPR-FORBIDDEN'],
    ['window.location', 'DEF-FORM-EXPR-NAME 表达式“window.location”中没有名称 window'],
    ['globalThis', 'DEF-FORM-EXPR-NAME'],
    ['document.cookie', 'DEF-FORM-EXPR-NAME'],
    ["fetch('/api/cases')", 'DEF-FORM-EXPR-FUNCTION 表达式“fetch(\'/api/cases\')”不能调用 fetch'],
    ["Function('return this')()", 'DEF-FORM-EXPR-FUNCTION'],
    ["eval('1')", 'DEF-FORM-EXPR-FUNCTION'],
    ['data.title.toUpperCase()', 'DEF-FORM-EXPR-FUNCTION'],
    ['(() => 1)()', 'DEF-FORM-EXPR-FORBIDDEN'],
    ["data.title = 'x'", 'DEF-FORM-EXPR-FORBIDDEN'],
    ['this', 'DEF-FORM-EXPR-FORBIDDEN'],
  ];
  for (const [expression, says] of cases) assert.ok(refusal(expression).startsWith(says), `${expression}: ${refusal(expression)}`);
});

const form = (calculate: string, rule: string): FormDefinition => ({
  id: 't', version: 1, title: '测试',
  fields: [
    { key: 'k', type: 'text', label: '键' },
    { key: 'a', type: 'text', label: '甲', calculate },
    { key: 'b', type: 'text', label: '乙', rules: [{ expression: rule, message: '不会出现' }] },
  ],
});

test('a refused expression never runs in the browser either: it counts as failed', () => {
  const g = globalThis as unknown as { fetch?: unknown };
  const original = g.fetch;
  let fetched = 0;
  g.fetch = () => { fetched++; return Promise.resolve(); };
  try {
    const f = form("fetch('/api/cases') || 'x'", "(() => fetch('/x'))() || true");
    const program = new FormProgram(f);
    assert.deepEqual(program.refused.map((r) => r.problem.code), ['DEF-FORM-EXPR-FUNCTION', 'DEF-FORM-EXPR-FORBIDDEN']);
    const result = new FormEvaluator(f).validate({ step: 'any', data: { b: '有值' } });
    assert.equal(result.data.a, null);
    assert.deepEqual(result.errors.map((e) => `${e.path} ${e.code}`), ['b FORM-RULE-ERROR']);
    assert.equal(fetched, 0);
  } finally {
    g.fetch = original;
  }
});

test('a key computed at run time cannot reach a prototype, and nothing is left behind', () => {
  const f = form("typeof data[data.k]", "data.b[data.k] === undefined");
  for (const k of ['constructor', '__proto__', 'hasOwnProperty', 'toString']) {
    const result = new FormEvaluator(f).validate({ step: 'any', data: { k, b: '文本' } });
    assert.equal(result.data.a, null, k);
    assert.deepEqual(result.errors.map((e) => e.code), ['FORM-RULE-ERROR'], k);
  }
  assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  assert.equal(new FormEvaluator(f).validate({ step: 'any', data: { k: 'k' } }).data.a, 'string');
});

test('conditions show and require fields and calculations fill values, as the grammar reads them', () => {
  const f: FormDefinition = {
    id: 't', version: 1, title: '测试',
    fields: [
      { key: 'result', type: 'radio', label: '结果', options: [{ value: 'ok', label: '好' }, { value: 'no', label: '否' }] },
      { key: 'reason', type: 'text', label: '原因', visible: "data.result === 'no'", required: "data.result === 'no'" },
      { key: 'price', type: 'money', label: '单价' },
      { key: 'qty', type: 'number', label: '数量' },
      { key: 'total', type: 'money', label: '合计', calculate: 'round(data.price * data.qty, 2)' },
      { key: 'tags', type: 'checkbox', label: '标签', options: [{ value: 'a', label: 'A' }] },
      { key: 'note', type: 'text', label: '说明', calculate: "data.tags.includes('a') ? '含 A：' + data.tags.join('、') : '无'" },
    ],
  };
  const no = new FormEvaluator(f).validate({ step: 'any', data: { result: 'no', price: 33.33, qty: 3, tags: ['a'] } });
  assert.equal(no.states.reason.visible, true);
  assert.deepEqual(no.errors.map((e) => `${e.path} ${e.code}`), ['reason FORM-REQUIRED']);
  assert.equal(no.data.total, 99.99);
  assert.equal(no.data.note, '含 A：a');
  const ok = new FormEvaluator(f).validate({ step: 'any', data: { result: 'ok', reason: '不该留下' } });
  assert.equal(ok.states.reason.visible, false);
  assert.equal(ok.data.reason, undefined);
  assert.equal(ok.data.note, null); // data.tags is undefined: includes fails, the calculation gives null
});

test('no source of the browser app builds code from text', () => {
  const src = `${__dirname}/../../src`;
  const offenders = readdirSync(src, { recursive: true })
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => /\bnew Function\b|\bFunction\(|(?<![.\w])eval\(|setTimeout\(\s*['"`]/.test(readFileSync(`${src}/${f}`, 'utf8')));
  assert.deepEqual(offenders, []);
});
