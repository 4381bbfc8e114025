namespace Governance.Core.Messages;

public static partial class Text
{
    // Elsa compatibility: scripts and templates as Elsa runs them, the HTTP activities, and the case contracts plugins use.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> ElsaMessages => new()
    {
        // Scripts (Jint 4) and templates (Liquid on Fluid)
        ["WF-SCRIPT-SYNTAX-AT"] = "{0}（第 {1} 行第 {2} 列）",
        ["WF-TEMPLATE-TOO-LONG"] = "模板生成的文本超过 {0} 个字符，已被终止",
        ["WF-TEMPLATE-FILTER-UNKNOWN"] = "没有名为 {0} 的过滤器",
        ["WF-TEMPLATE-STEPS"] = "模板执行的步骤超过 {0} 步（循环过多），已被终止",
    };
}
