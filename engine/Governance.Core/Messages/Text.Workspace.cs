namespace Governance.Core.Messages;

/// <summary>The handler workspace: registering to a chosen unit.</summary>
public static partial class Text
{
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> WorkspaceMessages => new()
    {
        ["ACTION-FIELD-REGISTER-TARGET"] = "派往其他单位（可选）",
        ["ROUTE-WHY-PLAIN"] = "依据派遣规则（{1}）：{2}。{3}",
        ["CASE-LOG-REGISTERED-TO"] = "受理员指定派往 {0}",
    };
}
