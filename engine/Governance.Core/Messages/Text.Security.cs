namespace Governance.Core.Messages;

public static partial class Text
{
    // Input limits, throttling, sessions, attachments' contents, idempotency and the audit log.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> SecurityMessages => new()
    {
        // Request fields ({0} is the field as the API spells it)
        ["INPUT-REQUIRED"] = "缺少“{0}”",
        ["INPUT-TOO-LONG"] = "“{0}”过长：最多 {1} 个字，现有 {2} 个字",
        ["INPUT-INVISIBLE"] = "“{0}”只含空白或不可见字符，请填写实际内容",
        ["INPUT-TYPE"] = "“{0}”应为{1}，收到的是{2}",
        ["INPUT-RANGE"] = "“{0}”应在 {1} 到 {2} 之间",
        ["INPUT-NUMBER"] = "“{0}”不是有效的数字",
        ["INPUT-LIST-LONG"] = "“{0}”最多 {1} 项",
        ["INPUT-JSON-LARGE"] = "“{0}”包含的值过多（最多 {1} 个）",
        ["INPUT-JSON-DEEP"] = "“{0}”嵌套过深（最多 {1} 层）",
        ["INPUT-JSON"] = "请求内容不是有效的 JSON（位置 {0}）：请检查该字段的类型和格式",
        ["INPUT-JSON-FIELD"] = "“{0}”的值类型或格式不正确",
        ["INPUT-PARAMETER"] = "参数“{0}”缺失或格式不正确",
        ["INPUT-BODY"] = "请求内容无效：{0}",
        ["INPUT-BODY-LARGE"] = "请求内容过大：最多 {0} KB",
        ["INPUT-COORDINATES"] = "坐标无效：经度应在 -180 到 180 之间，纬度应在 -90 到 90 之间",
        ["INPUT-DATE-RANGE"] = "“{0}”超出可计算的日期范围（{1} 至 {2} 年）",
        // Throttling and lockouts ({0}: seconds until the next try)
        ["THROTTLE-LOGIN-ACCOUNT"] = "该账号登录失败次数过多，已暂时锁定，请 {0} 秒后再试",
        ["THROTTLE-LOGIN-ADDRESS"] = "本机登录失败次数过多，请 {0} 秒后再试",
        ["THROTTLE-TRACK-NUMBER"] = "该事件编号查询失败次数过多，请 {0} 秒后再试",
        ["THROTTLE-TRACK-ADDRESS"] = "查询过于频繁，请 {0} 秒后再试",
        ["THROTTLE-PUBLIC"] = "提交过于频繁：每分钟最多 {0} 次，请 {1} 秒后再试",
        // Sessions and accounts
        ["AUTH-SESSION-ENDED"] = "登录已失效（已退出、账号已停用或权限已变更），请重新登录",
        ["AUTH-PASSWORD-WRONG"] = "当前密码不正确",
        ["AUTH-PASSWORD-WEAK"] = "新密码至少 {0} 位，且须同时包含字母和数字",
        ["AUTH-USER-NOT-FOUND"] = "用户“{0}”不存在",
        ["AUTH-ADMIN-ONLY"] = "仅管理员可以{0}",
        ["AUTH-ADMIN-SCOPE"] = "用户“{0}”不在您管理的范围（{1}）内",
        ["AUTH-UNIT-UNKNOWN"] = "组织“{0}”不存在",
        ["AUTH-DEPARTMENT-UNKNOWN"] = "部门“{0}”不存在",
        ["AUTH-ROLE-UNKNOWN"] = "角色“{0}”不存在，可选：{1}",
        ["AUTH-VERB-AUDIT"] = "查看审计日志",
        ["AUTH-VERB-USERS"] = "管理用户",
        // Attachments
        ["ATTACHMENT-CONTENT"] = "文件“{0}”的内容不是允许的类型（{1}）：扩展名与文件内容不符或文件已损坏",
        ["ATTACHMENT-NAME"] = "文件名“{0}”无效",
        ["CASE-FORM-FILE-UNKNOWN"] = "“{0}”引用的文件（{1}）不是本事件上传的附件，请先上传",
        // Idempotency
        ["IDEMPOTENCY-MISMATCH"] = "Idempotency-Key“{0}”已用于另一次提交（提交人或内容不同），请为新的提交使用新的 Idempotency-Key",
        // Audit log: what was done
        ["AUDIT-PERSONAL-READ"] = "查看未脱敏的个人信息",
        ["AUDIT-LOGIN-FAILED"] = "登录失败",
        ["AUDIT-LOGIN-LOCKED"] = "登录被锁定",
        ["AUDIT-LOGIN"] = "登录",
        ["AUDIT-LOGOUT"] = "退出登录",
        ["AUDIT-PASSWORD"] = "修改密码",
        ["AUDIT-USER-CHANGED"] = "修改用户",
        ["AUDIT-REFUSED"] = "越权访问被拒绝",
    };
}
