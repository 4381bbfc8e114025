/**
 * Every message the form checks show, in Chinese. The server has the same texts in its message catalog
 * (engine/Governance.Core/Messages/Text.Forms.cs); a test compares the two.
 */
export const FORM_MESSAGES: Record<string, string> = {
  "FORM-NOT-OBJECT": "提交的数据应为 JSON 对象",
  "FORM-STEP-UNKNOWN": "表单没有为步骤“{0}”配置权限，不能在该步骤提交",
  "FORM-LOCKED": "“{0}”在当前步骤不能修改",
  "FORM-REQUIRED": "请填写“{0}”",
  "FORM-REQUIRED-CHOICE": "请选择“{0}”",
  "FORM-REQUIRED-UPLOAD": "请上传“{0}”",
  "FORM-REQUIRED-SIGN": "请签署“{0}”",
  "FORM-TYPE": "“{0}”应为{1}",
  "FORM-MIN": "“{0}”不能小于 {1}",
  "FORM-MAX": "“{0}”不能大于 {1}",
  "FORM-INTEGER": "“{0}”应为整数",
  "FORM-MONEY": "“{0}”最多保留两位小数",
  "FORM-MIN-LENGTH": "“{0}”至少 {1} 个字",
  "FORM-MAX-LENGTH": "“{0}”最多 {1} 个字",
  "FORM-PATTERN": "“{0}”格式不正确",
  "FORM-DATE": "“{0}”应为日期，如 2026-11-22",
  "FORM-DATETIME": "“{0}”应为日期时间，如 2026-11-22T09:30:00+08:00",
  "FORM-OPTION": "“{0}”的值“{1}”不在可选范围内",
  "FORM-MIN-COUNT": "“{0}”至少 {1} 项",
  "FORM-MAX-COUNT": "“{0}”最多 {1} 项",
  "FORM-FILE": "“{0}”的第 {1} 个文件缺少名称、类型或大小",
  "FORM-FILE-TYPE": "文件“{0}”的类型 {1} 不允许，允许：{2}",
  "FORM-FILE-SIZE": "文件“{0}”超过 {1} KB",
  "FORM-SIGNATURE": "“{0}”应为 PNG 格式的手写签名",
  "FORM-SIGNATURE-SIZE": "“{0}”的签名图片超过 {1} KB",
  "FORM-PLACE": "“{0}”应包含地址",
  "FORM-PLACE-COORDINATES": "“{0}”的坐标超出范围（经度 -180～180，纬度 -90～90）",
  "FORM-PLACE-GRID": "“{0}”的网格“{1}”不存在",
  "FORM-RULE-ERROR": "“{0}”的校验规则无法计算",
  "FORM-TYPE-STRING": "文本",
  "FORM-TYPE-NUMBER": "数字",
  "FORM-TYPE-ARRAY": "列表",
  "FORM-TYPE-OBJECT": "对象",
};

/**
 * What the expression language says: refusals when a form is read, their syntax details, and why an expression
 * failed for some data. The server has the same texts (engine/Governance.Core/Messages/Text.Expressions.cs).
 */
export const EXPRESSION_MESSAGES: Record<string, string> = {
  "DEF-FORM-EXPR-SYNTAX": "表达式“{0}”无法解析：{1}",
  "DEF-FORM-EXPR-SINGLE": "“{0}”应为单个表达式，不能包含语句或分号",
  "DEF-FORM-EXPR-FORBIDDEN": "表达式“{0}”中不能使用 {1}：表单表达式只读取和计算数据，不能修改数据、定义函数，也不能触及页面或服务器",
  "DEF-FORM-EXPR-NAME": "表达式“{0}”中没有名称 {1}，可用的名称：{2}",
  "DEF-FORM-EXPR-FUNCTION": "表达式“{0}”不能调用 {1}，可调用的有：{2}",
  "DEF-FORM-EXPR-ARGUMENTS": "表达式“{0}”中 {1} 应有 {2} 个参数，实际为 {3} 个",
  "DEF-FORM-EXPR-UNKNOWN-FIELD": "表达式“{0}”引用了不存在的字段 {1}",
  "EXPR-SYNTAX-CHARACTER": "第 {0} 个字符“{1}”不能用在表达式中",
  "EXPR-SYNTAX-COMMENT": "第 {0} 个字符开始的注释没有结束",
  "EXPR-SYNTAX-NUMBER": "第 {0} 个字符处的数字“{1}”写法不对（只用十进制，如 12、0.5、1e3）",
  "EXPR-SYNTAX-STRING": "第 {0} 个字符开始的文本缺少结束引号",
  "EXPR-SYNTAX-ESCAPE": "第 {0} 个字符处的转义“{1}”无效",
  "EXPR-SYNTAX-UNEXPECTED": "第 {0} 个字符处不应出现“{1}”",
  "EXPR-SYNTAX-EXPECTED": "第 {0} 个字符处应为“{1}”，实际为“{2}”",
  "EXPR-SYNTAX-END": "表达式不完整",
  "EXPR-SYNTAX-EMPTY": "表达式为空",
  "EXPR-SYNTAX-MIXED": "第 {0} 个字符处：?? 不能与 && 或 || 直接连用，请加括号",
  "EXPR-SYNTAX-CALL": "第 {0} 个字符处：只能调用函数名，或文本、列表的方法",
  "EXPR-SYNTAX-LONG": "表达式超过 {0} 个字符",
  "EXPR-SYNTAX-DEEP": "表达式嵌套超过 {0} 层",
  "EXPR-RUN-PROPERTY": "不能读取 {0} 的属性“{1}”",
  "EXPR-RUN-FORBIDDEN": "不能读取属性“{0}”",
  "EXPR-RUN-METHOD": "{0} 没有方法 {1}",
  "EXPR-RUN-TEXT": "{0} 的参数应为文本，实际为 {1}",
  "EXPR-RUN-REFUSED": "表达式未通过检查，不会计算",
};

/** Fills {0}, {1}, … of a message with its arguments. */
export function formatMessage(code: string, ...args: unknown[]): string {
  const template = FORM_MESSAGES[code] ?? EXPRESSION_MESSAGES[code];
  if (template === undefined) throw new Error(`message code ${code} is not in FORM_MESSAGES or EXPRESSION_MESSAGES`);
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}

/** The Chinese sentence for a refused expression, as the server's form loader words it. */
export function expressionProblemMessage(expression: string, problem: { code: string; args: unknown[]; detail?: { code: string; args: unknown[] } }): string {
  const args = problem.detail ? [formatMessage(problem.detail.code, ...problem.detail.args)] : problem.args;
  return formatMessage(problem.code, expression, ...args);
}
