namespace Governance.Core.Messages;

public static partial class Text
{
    // The `governance` command-line tool.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> CliMessages => new()
    {
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
