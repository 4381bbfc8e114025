namespace Governance.Core.Messages;

public static partial class Text
{
    // The HTTP server and the hosts that start the engine (server, command line).
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> ServerMessages => new()
    {
        // Starting up: followed by the problems, one a line
        ["HOST-DEFINITIONS-INVALID"] = "定义包 {0} 无效，服务器不启动：",
        ["HOST-WORKFLOWS-INVALID"] = "流程不能发布：",
        // Sign-in and public submissions
        ["AUTH-FAILED"] = "用户名或密码错误",
        ["AUTH-REQUIRED"] = "渠道“{0}”需要登录后上报",
        ["RATE-LIMITED"] = "提交过于频繁：每分钟最多 {0} 次，请稍后再试",
        // Definitions API
        ["API-ORG-NOT-FOUND"] = "没有编码为“{0}”的组织",
        ["API-LIMIT-AMOUNT"] = "时限必须是 1 到 100000 之间的整数",
        ["API-LIMIT-UNIT"] = "单位应为 minute、workhour 或 workday",
        ["API-FORM-NOT-FOUND"] = "表单“{0}”不存在",
        ["API-FORM-VERSION-NOT-FOUND"] = "表单“{0}”没有版本 {1}",
    };
}
