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
        // The package in the database
        ["PKG-REVISION-NAME"] = "数据库中的定义包（修订号 {0}）",
        ["PKG-SEED-COMMENT"] = "新数据库：从 {0} 导入",
        ["PKG-IMPORT-NO-CITY"] = "{0} 不是定义包：缺少 package.json 或其中的 code",
        ["PKG-IMPORT-NOT-TEXT"] = "{0} 不是 UTF-8 文本文件，定义包只能包含 JSON 和说明文本",
        ["PKG-EXPORT-NOT-EMPTY"] = "导出目录 {0} 不是空的：请指定新目录或空目录",
        ["DEF-WORKFLOW-COUNTY"] = "县（区）包不能有自己的流程：流程只能放在市级包的 workflows/ 下",
    };
}
