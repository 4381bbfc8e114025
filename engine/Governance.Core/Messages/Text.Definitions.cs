namespace Governance.Core.Messages;

public static partial class Text
{
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> DefinitionMessages => new()
    {
        // Loading
        ["DEF-FILE-MISSING"] = "缺少定义文件",
        ["DEF-DIR-MISSING"] = "定义目录不存在：{0}",
        ["DEF-JSON-SYNTAX"] = "JSON 格式错误（第 {0} 行，第 {1} 列）：{2}",
        ["DEF-REQUIRED"] = "缺少必填字段“{0}”",
        ["DEF-TYPE"] = "字段“{0}”应为{1}，实际为{2}",
        ["DEF-UNKNOWN-FIELD"] = "未知字段“{0}”（是否拼写错误？允许的字段：{1}）",
        ["DEF-EMPTY"] = "字段“{0}”不能为空",
        ["DEF-ENUM"] = "“{0}”不是有效的{1}，可选值：{2}",
        ["DEF-DUPLICATE"] = "{0}编码“{1}”重复，已在 {2} 定义",
        ["DEF-UNKNOWN-REF"] = "引用了不存在的{0}“{1}”",
        // Org tree
        ["DEF-ORG-ROOT"] = "组织树必须有且只有一个市级根节点（没有上级），实际有 {0} 个",
        ["DEF-ORG-LEVEL"] = "{0}“{1}”的上级应为{2}，实际“{3}”为{4}",
        ["DEF-ORG-CODE"] = "{0}编码应为 {1} 位数字并以上级编码“{2}”开头，实际为“{3}”",
        ["DEF-DEPT-UNIT-LEVEL"] = "部门只能设在市或县（区）一级，“{0}”是{1}",
        // Catalog
        ["DEF-ITEM-CATEGORY-PREFIX"] = "事项编码“{0}”应为 5 位数字且前两位为所属大类“{1}”",
        ["DEF-ITEM-SYNONYM-REPEATED"] = "事项“{0}”的同义词“{1}”重复（已是名称、关键词或前面的同义词）",
        ["DEF-ITEM-CATEGORY-MISMATCH"] = "事项“{0}”写在大类“{1}”的文件里，但声明的大类是“{2}”",
        ["DEF-CATALOG-EMPTY-CATEGORY"] = "大类“{0}”（{1}）下没有任何事项",
        // Time limits
        ["DEF-LIMIT-AMOUNT"] = "时限必须是正整数，实际为 {0}",
        ["DEF-LIMIT-TARGET"] = "时限必须指定 item（事项）或 category（大类）其中之一",
        ["DEF-LIMIT-MISSING"] = "事项“{0}”（{1}）声明了紧急程度“{2}”，但事项和大类都没有配置对应的时限",
        ["DEF-LIMIT-UNUSED-URGENCY"] = "事项“{0}”没有声明紧急程度“{1}”，这条时限不会被使用",
        ["DEF-WARNING-ORDER"] = "预警阈值应满足 0 < 蓝 < 黄 < 红 < 1，实际为 蓝 {0}、黄 {1}、红 {2}",
        // Routes
        ["DEF-ROUTE-NONE"] = "事项“{0}”（{1}）在“{2}”（{3}）、紧急程度“{4}”时没有匹配的派遣规则",
        ["DEF-ROUTE-NO-DEPARTMENT"] = "规则“{0}”要把事项“{1}”派给{2}的“{3}”，但“{4}”及其上级都没有该职能部门",
        ["DEF-ROUTE-BELOW-LOWEST"] = "规则“{0}”把事项“{1}”（{2}）派到{3}，低于该事项允许的最低处置层级（{4}）",
        ["DEF-ROUTE-DEPT-LEVEL"] = "派遣到{0}时不能指定部门（街道、社区、网格本身就是处置单位）",
        ["DEF-ROUTE-UNKNOWN-FILTER"] = "规则“{0}”引用了不存在的{1}“{2}”",
        // Calendar
        ["DEF-CAL-YEAR-MISSING"] = "日历声明使用 {0} 年，但没有该年的节假日数据（calendar/holidays/{0}.json）",
        ["DEF-CAL-YEAR-UNDECLARED"] = "有 {0} 年的节假日数据，但 calendar.json 的 years 没有列出该年",
        ["DEF-CAL-DATE"] = "“{0}”不是 {1} 年通知范围内的有效日期（应为 yyyy-MM-dd，且在 {1} 年或相邻年份）",
        ["DEF-CAL-DATE-DUPLICATE"] = "日期“{0}”重复出现",
        ["DEF-CAL-HOURS"] = "办公时间段“{0}”无效：应为 HH:mm，开始早于结束，且各时间段按时间先后不重叠",
        ["DEF-CAL-TIMEZONE"] = "未知的时区“{0}”",
        ["DEF-CAL-CURRENT-YEAR"] = "当前年份 {0} 没有日历数据：落在该年的截止时间将无法计算",
        // Overlays
        ["DEF-OVERLAY-NO-TARGET"] = "县级包要覆盖的{0}“{1}”在市级包中不存在",
        ["DEF-OVERLAY-ADD-EXISTS"] = "县级包新增的{0}“{1}”在市级包中已存在；修改已有定义请写在 override 中",
        ["DEF-OVERLAY-PLACE"] = "县级包的规则只能作用于本县（{1}）范围内，“{0}”不在其中",
        ["DEF-OVERLAY-EXTENDS"] = "县级包声明继承“{0}”，但市级包的编码是“{1}”",
        ["DEF-OVERLAY-NOT-COUNTY"] = "县级包目录“{0}”不是组织树中的县（区）",
        ["DEF-OVERLAY-FIELD"] = "覆盖时不能修改字段“{0}”",
        // Users
        ["DEF-USER-PASSWORD"] = "初始密码至少 8 个字符",
        ["DEF-USER-SCOPE"] = "角色“{0}”的用户应属于{1}，“{2}”是{3}",
        ["DEF-USER-DEPARTMENT"] = "部门“{0}”不在用户所属单位“{1}”",
        ["DEF-ROLE-MISSING"] = "users/roles.json 没有定义角色“{0}”",
        // Calendar at run time
        ["CAL-YEAR-MISSING"] = "{0} 年没有日历数据（节假日与调休），无法按工作日/工作时计算时限；请在 calendar/holidays/ 中补充 {0}.json",
        ["CAL-NEXT-YEAR-MISSING"] = "日历尚未包含 {0} 年的节假日安排：跨入 {0} 年的工作日时限将无法计算（事件照常流转，但没有截止时间）。请市级管理员在“配置管理 → 日历”中录入新年份 {0}，按国务院办公厅 {0} 年部分节假日安排通知填入放假和调休日期后发布，发布即生效。",
        ["CAL-NO-OFFICE-HOURS"] = "日历没有办公时间，无法按工作时计算",
    };
}
