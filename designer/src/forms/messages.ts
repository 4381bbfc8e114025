/**
 * Every message the form checks show, in Chinese. The server has the same texts in its message catalog
 * (engine/Governance.Core/Messages/Text.Forms.cs); a test compares the two.
 */
export const FORM_MESSAGES: Record<string, string> = {
  "FORM-NOT-OBJECT": "提交的数据应为 JSON 对象",
  "FORM-STEP-UNKNOWN": "表单没有为步骤“{0}”配置权限，不能在该步骤提交",
  "FORM-LOCKED": "“{0}”在当前步骤不能修改",
  "FORM-REQUIRED": "请填写“{0}”",
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

/** Fills {0}, {1}, … of a message with its arguments. */
export function formatMessage(code: string, ...args: unknown[]): string {
  const template = FORM_MESSAGES[code];
  if (template === undefined) throw new Error(`message code ${code} is not in FORM_MESSAGES`);
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}
