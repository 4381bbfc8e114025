namespace Governance.Core.Messages;

public static partial class Text
{
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> FormMessages => new()
    {
        // Loading form files (definitions/forms/*.json)
        ["DEF-FORM-ID"] = "表单标识“{0}”无效：应以字母开头，只含字母、数字、下划线和连字符",
        ["DEF-FORM-VERSION"] = "表单版本必须是正整数，实际为 {0}",
        ["DEF-FORM-DUPLICATE"] = "表单“{0}”的版本 {1} 重复，已在 {2} 定义",
        ["DEF-FORM-FIELD-TYPE"] = "未知的字段类型“{0}”，可选：{1}",
        ["DEF-FORM-COLUMN-TYPE"] = "明细子表的列不能是“{0}”类型",
        ["DEF-FORM-KEY"] = "字段标识“{0}”无效：应以字母开头，只含字母、数字和下划线，最长 64 个字符",
        ["DEF-FORM-DUPLICATE-KEY"] = "字段标识“{0}”重复，已在 {1} 定义",
        ["DEF-FORM-TOTAL-KEY"] = "明细子表的合计保存在“{0}”中，与另一个字段的标识冲突",
        ["DEF-FORM-CALC-CYCLE"] = "计算字段之间循环依赖：{0}",
        ["DEF-FORM-MIN-MAX"] = "{0}（{1}）大于 {2}（{3}）",
        ["DEF-FORM-NEGATIVE"] = "“{0}”的值 {1} 无效",
        ["DEF-FORM-PATTERN"] = "正则表达式“{0}”无效：{1}",
        ["DEF-FORM-OPTIONS"] = "选择字段“{0}”必须有且只有 options（固定选项）或 source（选项来源）之一",
        ["DEF-FORM-OPTION-DUPLICATE"] = "选项值“{0}”重复",
        ["DEF-FORM-SOURCE"] = "未知的选项来源“{0}”，可选：{1}",
        ["DEF-FORM-DEFAULT-FROM"] = "defaultFrom“{0}”应为案件数据中的路径，如 reporter.phone",
        ["DEF-FORM-COLUMNS"] = "分栏数应为 1 到 4，实际为 {0}",
        ["DEF-FORM-LAYOUT-UNKNOWN"] = "布局引用了不存在的字段“{0}”",
        ["DEF-FORM-LAYOUT-TWICE"] = "字段“{0}”在布局中出现了不止一次",
        ["DEF-FORM-LAYOUT-MISSING"] = "字段“{0}”（{1}）没有放进布局，表单上不会显示",
        ["DEF-FORM-STEP-FIELD"] = "步骤“{0}”的权限引用了不存在的字段“{1}”",
        // Checking a submission (the same texts are in designer/src/forms/messages.ts)
        ["FORM-NOT-OBJECT"] = "提交的数据应为 JSON 对象",
        ["FORM-STEP-UNKNOWN"] = "表单没有为步骤“{0}”配置权限，不能在该步骤提交",
        ["FORM-LOCKED"] = "“{0}”在当前步骤不能修改",
        ["FORM-REQUIRED"] = "请填写“{0}”",
        ["FORM-TYPE"] = "“{0}”应为{1}",
        ["FORM-MIN"] = "“{0}”不能小于 {1}",
        ["FORM-MAX"] = "“{0}”不能大于 {1}",
        ["FORM-INTEGER"] = "“{0}”应为整数",
        ["FORM-MONEY"] = "“{0}”最多保留两位小数",
        ["FORM-MIN-LENGTH"] = "“{0}”至少 {1} 个字",
        ["FORM-MAX-LENGTH"] = "“{0}”最多 {1} 个字",
        ["FORM-PATTERN"] = "“{0}”格式不正确",
        ["FORM-DATE"] = "“{0}”应为日期，如 2026-11-22",
        ["FORM-DATETIME"] = "“{0}”应为日期时间，如 2026-11-22T09:30:00+08:00",
        ["FORM-OPTION"] = "“{0}”的值“{1}”不在可选范围内",
        ["FORM-MIN-COUNT"] = "“{0}”至少 {1} 项",
        ["FORM-MAX-COUNT"] = "“{0}”最多 {1} 项",
        ["FORM-FILE"] = "“{0}”的第 {1} 个文件缺少名称、类型或大小",
        ["FORM-FILE-TYPE"] = "文件“{0}”的类型 {1} 不允许，允许：{2}",
        ["FORM-FILE-SIZE"] = "文件“{0}”超过 {1} KB",
        ["FORM-SIGNATURE"] = "“{0}”应为 PNG 格式的手写签名",
        ["FORM-SIGNATURE-SIZE"] = "“{0}”的签名图片超过 {1} KB",
        ["FORM-PLACE"] = "“{0}”应包含地址",
        ["FORM-PLACE-COORDINATES"] = "“{0}”的坐标超出范围（经度 -180～180，纬度 -90～90）",
        ["FORM-PLACE-GRID"] = "“{0}”的网格“{1}”不存在",
        ["FORM-RULE-ERROR"] = "“{0}”的校验规则无法计算",
        // Types named in FORM-TYPE
        ["FORM-TYPE-STRING"] = "文本",
        ["FORM-TYPE-NUMBER"] = "数字",
        ["FORM-TYPE-ARRAY"] = "列表",
        ["FORM-TYPE-OBJECT"] = "对象",
    };
}
