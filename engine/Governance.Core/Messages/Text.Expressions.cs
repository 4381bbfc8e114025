namespace Governance.Core.Messages;

public static partial class Text
{
    // The same texts are in designer/src/forms/messages.ts (EXPRESSION_MESSAGES); the parity test compares them.
    static Dictionary<string, string> ExpressionMessages => new()
    {
        // Refusals when a form is read: file:jsonpath: CODE message
        ["DEF-FORM-EXPR-SYNTAX"] = "表达式“{0}”无法解析：{1}",
        ["DEF-FORM-EXPR-SINGLE"] = "“{0}”应为单个表达式，不能包含语句或分号",
        ["DEF-FORM-EXPR-FORBIDDEN"] = "表达式“{0}”中不能使用 {1}：表单表达式只读取和计算数据，不能修改数据、定义函数，也不能触及页面或服务器",
        ["DEF-FORM-EXPR-NAME"] = "表达式“{0}”中没有名称 {1}，可用的名称：{2}",
        ["DEF-FORM-EXPR-FUNCTION"] = "表达式“{0}”不能调用 {1}，可调用的有：{2}",
        ["DEF-FORM-EXPR-ARGUMENTS"] = "表达式“{0}”中 {1} 应有 {2} 个参数，实际为 {3} 个",
        ["DEF-FORM-EXPR-UNKNOWN-FIELD"] = "表达式“{0}”引用了不存在的字段 {1}",
        // What DEF-FORM-EXPR-SYNTAX says is wrong ({0} is the position, counted in characters from 1)
        ["EXPR-SYNTAX-CHARACTER"] = "第 {0} 个字符“{1}”不能用在表达式中",
        ["EXPR-SYNTAX-COMMENT"] = "第 {0} 个字符开始的注释没有结束",
        ["EXPR-SYNTAX-NUMBER"] = "第 {0} 个字符处的数字“{1}”写法不对（只用十进制，如 12、0.5、1e3）",
        ["EXPR-SYNTAX-STRING"] = "第 {0} 个字符开始的文本缺少结束引号",
        ["EXPR-SYNTAX-ESCAPE"] = "第 {0} 个字符处的转义“{1}”无效",
        ["EXPR-SYNTAX-UNEXPECTED"] = "第 {0} 个字符处不应出现“{1}”",
        ["EXPR-SYNTAX-EXPECTED"] = "第 {0} 个字符处应为“{1}”，实际为“{2}”",
        ["EXPR-SYNTAX-END"] = "表达式不完整",
        ["EXPR-SYNTAX-EMPTY"] = "表达式为空",
        ["EXPR-SYNTAX-MIXED"] = "第 {0} 个字符处：?? 不能与 && 或 || 直接连用，请加括号",
        ["EXPR-SYNTAX-CALL"] = "第 {0} 个字符处：只能调用函数名，或文本、列表的方法",
        ["EXPR-SYNTAX-LONG"] = "表达式超过 {0} 个字符",
        ["EXPR-SYNTAX-DEEP"] = "表达式嵌套超过 {0} 层",
        // Why an expression failed for some data (the form counts it as the expression's error)
        ["EXPR-RUN-PROPERTY"] = "不能读取 {0} 的属性“{1}”",
        ["EXPR-RUN-FORBIDDEN"] = "不能读取属性“{0}”",
        ["EXPR-RUN-METHOD"] = "{0} 没有方法 {1}",
        ["EXPR-RUN-TEXT"] = "{0} 的参数应为文本，实际为 {1}",
        // The browser module refuses to run an expression the grammar refuses (the server never serves one).
        ["EXPR-RUN-REFUSED"] = "表达式未通过检查，不会计算",
    };
}
