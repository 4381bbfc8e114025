namespace Governance.Core.Messages;

public static partial class Text
{
    // Words and phrases that other messages take as arguments ("{1}" in DEF-TYPE, "{0}" in DEF-UNKNOWN-REF…).
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> TermMessages => new()
    {
        // JSON value types: what a field should be (DEF-TYPE's {1}) and what it was (its {2})
        ["TERM-STRING"] = "字符串",
        ["TERM-INTEGER"] = "整数",
        ["TERM-NUMBER"] = "数字",
        ["TERM-BOOLEAN"] = "布尔值",
        ["TERM-OBJECT"] = "对象",
        ["TERM-ARRAY"] = "数组",
        ["TERM-STRING-ARRAY"] = "字符串数组",
        ["TERM-NONEMPTY-STRING"] = "非空字符串",
        ["TERM-BOOLEAN-OR-EXPRESSION"] = "布尔值或表达式",
        ["TERM-STRING-VALUE"] = "字符串 \"{0}\"",
        ["TERM-NUMBER-VALUE"] = "数字 {0}",
        ["TERM-BOOLEAN-VALUE"] = "布尔值 {0}",
        // Kinds of definition elements (duplicates, unknown references, enum values, overlays)
        ["TERM-ORG"] = "组织",
        ["TERM-PARENT-ORG"] = "上级组织",
        ["TERM-ORG-LEVEL"] = "组织层级",
        ["TERM-HANDLING-LEVEL"] = "处置层级",
        ["TERM-DEPARTMENT"] = "部门",
        ["TERM-FUNCTION"] = "部门职能",
        ["TERM-UNIT-FUNCTION"] = "同一单位的部门职能",
        ["TERM-CHANNEL"] = "渠道",
        ["TERM-URGENCY"] = "紧急程度",
        ["TERM-CATEGORY"] = "大类",
        ["TERM-ITEM"] = "事项",
        ["TERM-LIMIT"] = "时限",
        ["TERM-TIME-UNIT"] = "时限单位",
        ["TERM-ROUTE"] = "派遣规则",
        ["TERM-ROLE"] = "角色",
        ["TERM-USERNAME"] = "用户名",
        ["TERM-FORM"] = "表单",
        ["TERM-FIELD-ACCESS"] = "字段权限",
        ["TERM-LOCKED-CHANGE"] = "修改受限字段时的处理方式",
        ["TERM-WHOLE-CITY"] = "（全市）",
        // Joins alternatives in a list ("街道（乡镇）或网格")
        ["TERM-OR"] = "或",
        // Org levels
        ["TERM-LEVEL-CITY"] = "市",
        ["TERM-LEVEL-COUNTY"] = "县（区）",
        ["TERM-LEVEL-STREET"] = "街道（乡镇）",
        ["TERM-LEVEL-COMMUNITY"] = "社区（村）",
        ["TERM-LEVEL-GRID"] = "网格",
    };
}
