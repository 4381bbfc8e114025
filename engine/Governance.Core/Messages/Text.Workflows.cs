namespace Governance.Core.Messages;

public static partial class Text
{
    // The workflow engine: reading, checking and running workflow definitions, scripts and templates, plugins.
    // A code that has several texts (WF-COMMIT-CONFLICT…) keeps its error code; the variants are separate entries.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> WorkflowMessages => new()
    {
        // Where a problem is: "{code}: {message}（位置 {JSON path}）"
        ["WF-AT-PATH"] = "{0}: {1}（位置 {2}）",
        // Reading workflow JSON
        ["WF-JSON-LINE"] = "$ 行 {0}",
        ["WF-JSON-INVALID"] = "不是有效的 JSON：{0}",
        ["WF-JSON-NOT-OBJECT"] = "工作流定义必须是 JSON 对象",
        ["WF-ROOT-MISSING"] = "缺少根活动 root",
        ["WF-ID-MISSING"] = "缺少 definitionId",
        ["WF-VARIABLE-INVALID"] = "变量必须是对象",
        ["WF-ACTIVITY-ID-MISSING"] = "活动缺少 id",
        ["WF-ACTIVITY-TYPE-MISSING"] = "活动缺少 type",
        ["WF-ACTIVITY-INVALID"] = "活动必须是对象",
        ["WF-CONNECTION-INVALID"] = "连接必须是对象",
        ["WF-CONNECTION-ENDS-MISSING"] = "连接缺少 source 或 target",
        ["WF-CONNECTION-KEY-MISSING"] = "缺少 {0}",
        ["WF-FIELD-INVALID"] = "{0} 必须是字符串",
        // Checking a definition before it is published
        ["WF-DUPLICATE-ID"] = "活动 id “{0}” 重复",
        ["WF-UNSUPPORTED-ACTIVITY"] = "不支持的活动类型 {0}（活动 {1}）",
        ["WF-INPUT-REQUIRED"] = "活动 {0} 缺少必填输入 {1}",
        ["WF-CONNECTION-DANGLING-SOURCE"] = "连线的起点 {0} 不在流程图中",
        ["WF-CONNECTION-DANGLING-TARGET"] = "连线的终点 {0} 不在流程图中",
        ["WF-IN-ACTIVITY"] = "活动 {0}：{1}",
        ["WF-EXPRESSION-UNSUPPORTED"] = "不支持的表达式类型 {0}",
        ["WF-ACTIVITY-DUPLICATE"] = "活动类型 {0} 已由 {1} 注册，{2} 不能重复注册",
        // Running
        ["WF-DEFINITION-NOT-FOUND"] = "找不到工作流定义 {0}",
        ["WF-DEFINITION-VERSION-NOT-FOUND"] = "找不到工作流定义 {0} 版本 {1}",
        ["WF-INSTANCE-NOT-FOUND"] = "找不到实例 {0}",
        ["WF-COMMIT-CONFLICT"] = "实例 {0} 已被其他进程处理",
        ["WF-COMMIT-CONFLICT-RETRIES"] = "书签 {0} 所在实例持续冲突，已重试 {1} 次",
        ["WF-COMMIT-CONFLICT-MIGRATE"] = "实例 {0} 刚被其他操作更新，请重试",
        ["WF-BOOKMARK-GONE"] = "书签 {0} 已被恢复或不存在，本次恢复未执行任何步骤",
        ["WF-ACTIVITY-ERROR"] = "活动 {0} 出错：{1}",
        ["WF-VARIABLE-MISSING"] = "设置变量活动没有指定变量",
        // Moving an instance to another version
        ["WF-MIGRATE-NOT-WAITING"] = "实例 {0} 处于 {1} 状态，只有等待中的实例可以迁移版本",
        ["WF-MIGRATE-MISSING-ACTIVITY"] = "实例正在活动 {0} 等待，而版本 {1} 中没有该活动",
        ["WF-MIGRATE-MISSING-FLOWCHART"] = "实例位于流程图 {0} 中，而版本 {1} 中没有该流程图",
        // Scripts (JavaScript sandbox)
        ["WF-SCRIPT-SYNTAX"] = "脚本语法错误：{0}",
        ["WF-SCRIPT-TIMEOUT"] = "脚本运行超过 {0:0} 毫秒，已被终止",
        ["WF-SCRIPT-STATEMENTS"] = "脚本执行的语句超过 {0} 条，已被终止",
        ["WF-SCRIPT-RECURSION"] = "脚本递归深度超过 {0}，已被终止",
        ["WF-SCRIPT-MEMORY"] = "脚本分配的内存超过 {0} MB，已被终止",
        ["WF-SCRIPT-ERROR"] = "脚本出错：{0}",
        ["WF-SCRIPT-ERROR-LINE"] = "脚本出错：{0}（第 {1} 行）",
        // Text templates (Liquid)
        ["WF-TEMPLATE-INVALID"] = "模板“{0}”无法渲染：{1}",
        ["WF-TEMPLATE-ERROR"] = "模板渲染失败：{0}",
        // Plugins
        ["WF-PLUGIN-INVALID"] = "{0} 不是 .NET 程序集",
        ["WF-PLUGIN-NO-SDK"] = "插件 {0} 没有引用 Governance.Sdk",
        ["WF-PLUGIN-SDK-VERSION"] = "插件 {0} 基于 Governance.Sdk {1} 构建，与主程序的 {2} 不兼容",
        ["WF-PLUGIN-LOAD"] = "插件 {0} 加载失败：{1}",
    };
}
