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
        // HTTP activities
        ["WF-HTTP-NO-REQUEST"] = "没有可回应的 HTTP 请求：流程不是由 HTTP 请求启动的，或在写响应之前等待过（请求已结束）",
        ["WF-HTTP-RESPONSE-WRITTEN"] = "本次 HTTP 请求已经写过响应，一个请求只能有一个响应",
        ["WF-HTTP-PATH-CONSTANT"] = "HTTP 端点“{0}”的路径和方法必须是固定值（发布时据此建立路由）",
        ["WF-HTTP-URL-INVALID"] = "HTTP 请求“{0}”的地址“{1}”不是 http 或 https 的绝对地址",
        ["WF-HTTP-HOST-FORBIDDEN"] = "HTTP 请求“{0}”的目标主机 {1} 不在允许的主机列表中",
        ["WF-HTTP-TIMEOUT"] = "HTTP 请求“{0}”调用 {1} 超过 {2:0.#} 秒未完成",
        ["WF-HTTP-FAILED"] = "HTTP 请求“{0}”调用 {1} 失败：{2}",
        ["WF-HTTP-RESPONSE-TOO-LARGE"] = "响应内容超过 {0} 字节",
        ["WF-HTTP-NO-CLIENT"] = "没有可用的 HttpClient：服务器未为流程配置对外 HTTP 调用",
        ["WF-HTTP-CASES-UNSUPPORTED"] = "HTTP 请求“{0}”的状态码分支里放了子活动，本引擎不运行这种写法；请改用“HTTP 请求（流程）”Elsa.FlowSendHttpRequest，按状态码出口连线",
        // HTTP-triggered flows (the server's /workflows routes)
        ["WF-HTTP-NOT-FOUND"] = "没有已发布的流程处理路径 {0}",
        ["WF-HTTP-METHOD"] = "路径 {1} 的流程不接受 {0} 请求",
        ["WF-HTTP-UNAUTHORIZED"] = "该流程端点只接受已登录用户的请求",
        ["WF-HTTP-FORBIDDEN"] = "当前用户的角色不能调用该流程端点",
        ["WF-HTTP-TOO-LARGE"] = "请求内容超过 {0} 字节",
        ["WF-HTTP-ENDPOINT-TOO-LARGE"] = "请求内容超过该流程端点允许的大小",
        ["WF-HTTP-AMBIGUOUS"] = "多个流程（{0}）都处理这个路径和方法，无法确定由哪个处理",
        ["WF-HTTP-JSON-INVALID"] = "请求内容不是有效的 JSON（第 {0} 行）：{1}",
        // Case contracts for plugins
        ["CASE-REFERENCE-TOO-LONG"] = "外部编号超过 {0} 个字符",
        ["CASE-CLOSURE-SUBSCRIBER-FAILED"] = "结案通知 {0} 出错，未发送：{1}",
    };
}
