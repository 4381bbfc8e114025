namespace Governance.Core.Messages;

public static partial class Text
{
    // The `governance` command-line tool.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> CliMessages => new()
    {
        ["CLI-USAGE"] = "用法：",
        ["CLI-USAGE-LINE"] = "用法：governance <命令> [选项]",
        ["CLI-UNKNOWN-COMMAND"] = "未知命令“{0}”",
        ["CLI-OPTION-NEEDS-VALUE"] = "选项 --{0} 需要一个值",
        ["CLI-OPTION-MISSING"] = "缺少选项 --{0}",
        ["CLI-OPTION-UNKNOWN"] = "未知选项 --{0}",
        ["CLI-ARGUMENT-UNEXPECTED"] = "多余的参数“{0}”",
        ["CLI-FROM-INVALID"] = "--from “{0}” 不是 ISO 时间，例如 2026-02-13T10:00:00+08:00",
        ["CLI-AMOUNT-INVALID"] = "--amount “{0}” 不是正整数",
        ["CLI-UNIT-INVALID"] = "--unit “{0}” 不是 minute、workhour、workday 之一",
        ["CLI-CASES-INVALID"] = "--cases “{0}” 不是 1 到 1000000 之间的整数",
        ["CLI-SEED-INVALID"] = "--seed “{0}” 不是整数",
        ["CLI-DEFINITIONS-INVALID"] = "定义包 {0} 有 {1} 个错误，请先运行 governance validate {0}",
        ["CLI-VALIDATE-ERRORS"] = "{0} 个错误 ({0} errors)",
        ["CLI-NOT-COUNTY"] = "“{0}”不是县（区）编码",
        ["CLI-NOT-GRID"] = "“{0}”不是网格编码（15 位）",
        ["CLI-COUNTY-NO-ITEM"] = "{0}没有事项“{1}”",
        ["CLI-URGENCY-UNKNOWN"] = "未知紧急程度“{0}”，可选：{1}",
        ["CLI-ROUTE-UNKNOWN-ITEM"] = "未知事项“{0}”",
        ["CLI-ROUTE-NO-RULE"] = "没有匹配的派遣规则",
        ["CLI-ROUTE-NO-DEPARTMENT"] = "规则“{0}”要求的部门“{1}”不存在",
        ["CLI-ROUTE-BELOW-LOWEST"] = "规则“{0}”派到的层级低于事项允许的最低处置层级",
        ["CLI-ROUTE-FELL-BACK"] = "[县里没有该部门，上溯到市级]",
        ["CLI-RUN-FILE-REQUIRED"] = "需要一个工作流定义文件 (definition.json)",
        ["CLI-RUN-INPUT"] = "--input 需要 name=value 形式，收到 “{0}”",
        ["WF-FILE-NOT-FOUND"] = "找不到文件 {0}",
    };
}
