namespace Governance.Core.Messages;

public static partial class Text
{
    // The package as versioned data: loading flows with the package, drafts, publishing, the admin console.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> PackageMessages => new()
    {
        // Flows in the package
        ["DEF-WORKFLOW-MISSING"] = "缺少流程“{0}”（workflows/ 下应有 definitionId 为“{0}”的流程）",
        ["DEF-WORKFLOW-DUPLICATE"] = "流程“{0}”重复，已在 {1} 定义",
        ["DEF-WORKFLOW-FORM"] = "流程活动“{0}”引用了不存在的表单“{1}”",
        ["DEF-WORKFLOW-DEPARTMENT"] = "流程活动“{0}”引用了不存在的部门或职能“{1}”",
        // The command line
        ["CLI-PACKAGE-VERB"] = "package 需要 export 或 import",
        ["CLI-PACKAGE-DIR"] = "package import 需要一个定义包目录",
        ["CLI-PACKAGE-EMPTY"] = "数据库中还没有定义包：先启动服务器（会从 definitions/ 导入）或运行 governance package import",
        ["CLI-PACKAGE-EXPORTED"] = "已导出 {0} 个文件到 {1}",
        ["CLI-PACKAGE-COMMENT"] = "从 {0} 导入",
        ["CLI-PACKAGE-UNCHANGED"] = "与已发布版本相同，没有发布新版本",
        ["CLI-PACKAGE-IMPORTED"] = "{0} 发布版本 {1}：{2}",
        // Seasons of office hours
        ["DEF-CAL-MONTH-DAY"] = "“{0}”不是有效的月-日（应为 MM-dd，如 05-01）",
        ["DEF-CAL-SEASON-LENGTH"] = "“{0}”的办公时间每天 {1} 小时，应与全年的每天 {2} 小时相同（季节只调整起止时间，一个工作日的时长不变）",
        ["DEF-CAL-SEASON-OVERLAP"] = "季节“{0}”与“{1}”的日期重叠",
        // The package in the database
        ["PKG-REVISION-NAME"] = "数据库中的定义包（修订号 {0}）",
        // The admin API
        ["PKG-SCOPE-UNKNOWN"] = "没有编码为“{0}”的市或县（区）",
        ["PKG-SCOPE-FORBIDDEN"] = "{0} 只能管理 {2} 的定义，不能管理“{1}”",
        ["PKG-PATH-INVALID"] = "“{0}”不是可写的文档路径：应为相对路径、以 .json 结尾，县（区）的文档写在自己的范围内",
        ["PKG-JSON-INVALID"] = "{0} 不是有效的 JSON：{1}",
        ["PKG-JSON-NOT-OBJECT"] = "{0} 的内容应为 JSON 对象",
        ["PKG-DOCUMENT-UNKNOWN"] = "“{0}”没有文档“{1}”",
        ["PKG-DOCUMENT-REMOVED-IN-DRAFT"] = "草稿删除了文档“{0}”",
        ["PKG-VERSION-UNKNOWN"] = "“{0}”没有可用的版本 {1}",
        ["PKG-DRAFT-EMPTY"] = "“{0}”的草稿没有任何修改，无需发布",
        ["PKG-RESTORE-SAME"] = "“{0}”的版本 {1} 与当前版本相同，无需恢复",
        ["PKG-RESTORE-COMMENT"] = "恢复为版本 {0}",
        ["PKG-CONFLICT"] = "发布期间其他管理员已发布了新版本，已载入最新版本，请检查草稿后重新发布（范围 {0}）",
        ["PKG-DIFF-VERSION"] = "“{0}”不是可比较的版本：应为 0 到 {1} 之间的版本号或 draft",
        ["PKG-DRAFT-UNREADABLE"] = "“{0}”的草稿无法载入（有严重错误），请先修正草稿",
        ["PKG-LIMIT-GIVEN"] = "按给定时长",
        ["PKG-STAGE-UNKNOWN"] = "没有环节“{0}”的时限，可选：{1}",
        ["PKG-LIMIT-NONE"] = "事项“{0}”在紧急程度“{1}”下没有时限",
        ["PKG-PLACE-OUTSIDE"] = "“{0}”不在“{1}”范围内",
        ["PKG-NOT-COUNTY"] = "“{0}”不是县（区）：城市基线只对县（区）有意义",
        ["PKG-OVERRIDE-NONE"] = "“{0}”没有覆盖“{1}”，无需恢复为市级设置",
        ["ADMIN-USER-UNKNOWN"] = "没有用户“{0}”",
        ["ADMIN-USER-FORBIDDEN"] = "用户“{0}”不在 {1} 范围内",
        ["ADMIN-USER-SELF"] = "不能停用自己的账号（{0}）",
        ["ADMIN-PASSWORD-SHORT"] = "“{0}”的新密码至少 8 位",
        ["PKG-AUDIT-REFUSED"] = "发布被拒绝：{0} 个问题",
        ["DEF-FORM-VERSION-REMOVED"] = "表单“{0}”版本 {1} 不能删除：办理中的事件可能仍在使用它（请发布新版本）",
        // Who gets it? (the route tester)
        ["ROUTE-WHY"] = "规则“{0}”（{1}）匹配：{2}。{3}",
        ["ROUTE-WHY-ANY"] = "适用于所有事项和地点",
        ["ROUTE-WHY-PLACE"] = "地点在{0}范围内",
        ["ROUTE-WHY-ITEMS"] = "事项为{0}",
        ["ROUTE-WHY-CATEGORIES"] = "大类为{0}",
        ["ROUTE-WHY-FUNCTIONS"] = "责任职能为{0}",
        ["ROUTE-WHY-CHANNELS"] = "来源渠道为{0}",
        ["ROUTE-WHY-URGENCIES"] = "紧急程度为{0}",
        ["ROUTE-WHY-MORE"] = "等 {0} 项",
        ["ROUTE-WHY-DEPARTMENT"] = "派给{0}职能部门：{1}",
        ["ROUTE-WHY-UNIT"] = "派给{0}：{1}",
        ["ROUTE-WHY-FELL-BACK"] = "（本县没有该职能部门，由上级部门办理）",
        ["ROUTE-WHY-MOST-SPECIFIC"] = "共有 {0} 条规则匹配，这一条地点范围最小、条件最具体。",
        ["ROUTE-FAIL-ITEM"] = "事项“{0}”不在目录中",
        ["ROUTE-FAIL-PLACE"] = "“{0}”不是组织树中的网格或单位",
        ["ROUTE-FAIL-DEPARTMENT"] = "规则“{0}”要派给职能“{1}”，但{2}及以上都没有该职能部门",
        ["ROUTE-FAIL-BELOW"] = "规则“{0}”派到{1}，低于该事项允许的最低处置层级",
        ["ROUTE-FAIL-NONE"] = "没有任何规则匹配事项“{0}”在“{1}”",
        ["PKG-SEED-COMMENT"] = "新数据库：从 {0} 导入",
        ["PKG-IMPORT-NO-CITY"] = "{0} 不是定义包：缺少 package.json 或其中的 code",
        ["PKG-IMPORT-NOT-TEXT"] = "{0} 不是 UTF-8 文本文件，定义包只能包含 JSON 和说明文本",
        ["PKG-EXPORT-NOT-EMPTY"] = "导出目录 {0} 不是空的：请指定新目录或空目录",
        ["DEF-WORKFLOW-COUNTY"] = "县（区）包不能有自己的流程：流程只能放在市级包的 workflows/ 下",
    };
}
