namespace Governance.Core.Messages;

public static partial class Text
{
    // 一表通: the data dictionary, report definitions, collection, export and their errors.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> ReportMessages => new()
    {
        // Terms used as arguments
        ["TERM-REPORT"] = "报表",
        ["TERM-REPORT-DOMAIN"] = "数据域",
        ["TERM-REPORT-ELEMENT"] = "数据项",
        ["TERM-REPORT-ELEMENT-TYPE"] = "数据类型",
        ["TERM-REPORT-ELEMENT-SOURCE"] = "数据来源",
        ["TERM-REPORT-ELEMENT-KIND"] = "指标性质",
        ["TERM-REPORT-CYCLE"] = "采集周期",
        ["TERM-REPORT-MEASURE"] = "统计方式",
        ["TERM-REPORT-ROWS"] = "行维度",
        ["TERM-REPORT-FORMAT"] = "数字格式",
        ["TERM-REPORT-STATUS"] = "事件状态",
        ["TERM-REPORT-SATISFACTION"] = "满意度",
        // Loading reports/dictionary and reports/tables
        ["DEF-REPORT-DERIVED-INPUT"] = "由事件数据生成的数据项不手工填报，不能设置“{0}”",
        ["DEF-REPORT-MANUAL-QUERY"] = "手工填报的数据项不能设置 query；由事件生成的请把 source 设为 derived",
        ["DEF-REPORT-RULE"] = "校验规则应有且只有 notGreaterThan 或 equalsSumOf 之一",
        ["DEF-REPORT-RULE-SCOPE"] = "数据项 {0} 的校验规则引用了 {1}，两者的采集层级或周期不同，无法在同一张采集表中比较",
        ["DEF-REPORT-QUERY-FIELD"] = "未知的统计字段“{0}”，可选：handlingHours、reopenCount、form:<表单>.<字段>",
        ["DEF-REPORT-QUERY-FIELD-UNUSED"] = "统计方式为计数或比率时不需要 field（“{0}”）",
        ["DEF-REPORT-QUERY-NUMERATOR-UNUSED"] = "只有比率（rate）需要 numerator",
        ["DEF-REPORT-QUERY-FORM-KEY"] = "表单条件“{0}”应写成 <表单标识>.<字段标识>",
        ["DEF-REPORT-FORM-NUMBER"] = "表单“{0}”没有数字字段“{1}”",
        ["DEF-REPORT-FORM-FIELD"] = "表单“{0}”没有字段“{1}”",
        ["DEF-REPORT-LEVEL"] = "数据项只能由社区或街道采集，不能是“{0}”",
        ["DEF-REPORT-ID"] = "报表标识“{0}”无效：应以小写字母开头，只含小写字母、数字和连字符",
        ["DEF-REPORT-FROZEN"] = "冻结列数应为 0 到 5，实际为 {0}",
        ["DEF-REPORT-ROWS-UNIT-ONLY"] = "按单位分行时才能设置“{0}”",
        ["DEF-REPORT-COLUMN-KIND"] = "列应有且只有 element、rate、change、previous 之一，分组列用 columns",
        ["DEF-REPORT-RATE"] = "rate 应为两个数据项：[分子, 分母]",
        ["DEF-REPORT-WIDTH"] = "列宽应大于 0、不超过 100，实际为 {0}",
        ["DEF-REPORT-SUBTOTAL-LEVEL"] = "小计层级应高于明细行的层级（{0}）",
        ["DEF-REPORT-MANUAL-BY-CATALOG"] = "数据项 {0}（{1}）是手工填报的，只有单位数，不能按事项大类或事项分行",
        ["DEF-REPORT-ELEMENT-LEVEL"] = "数据项 {0}（{1}）不由 {2} 一级采集，明细行取不到它的值",
    };
}
