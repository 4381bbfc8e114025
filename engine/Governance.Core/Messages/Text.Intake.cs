namespace Governance.Core.Messages;

public static partial class Text
{
    // Intake: item suggestions, their models, duplicates, the classify command.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> IntakeMessages => new()
    {
        ["INTAKE-TEXT-REQUIRED"] = "请填写要识别的描述（text），不超过 {0} 字",
        ["INTAKE-COUNTY-UNKNOWN"] = "“{0}”不是县（区）编码",
        ["INTAKE-VERSION-UNKNOWN"] = "{0}没有第 {1} 版事项识别模型",
        ["INTAKE-FORBIDDEN"] = "只有管理员可以查看、训练和切换事项识别模型（当前角色：{0}）",
        ["INTAKE-COUNTY-FORBIDDEN"] = "{0}的管理员不能管理{1}的模型",
        ["INTAKE-DUPLICATES-FORBIDDEN"] = "只有受理中心可以查看疑似重复的案件（当前角色：{0}）",
        ["INTAKE-NO-EXAMPLES"] = "{0}还没有立案登记，没有可学习的样本",
        ["INTAKE-MODEL-NOT-MEASURED"] = "登记不足 {0} 条，未留出近期案件评估",
        ["INTAKE-MODEL-WORSE"] = "在留出的近期案件上不如仅用事项目录，未启用",
        ["INTAKE-MODEL-CATALOG"] = "仅事项目录",
        ["DUP-SAME-GRID"] = "同一网格",
        ["DUP-SAME-COMMUNITY"] = "同一社区{0}",
        ["DUP-SAME-STREET"] = "同一街道{0}",
        ["DUP-DISTANCE"] = "相距 {0} 米",
        ["DUP-EARLIER"] = "{0}前",
        ["DUP-LATER"] = "{0}后",
        ["DUP-JUST-NOW"] = "刚刚",
        ["DUP-MINUTES"] = "{0} 分钟",
        ["DUP-HOURS"] = "{0} 小时",
        ["DUP-DAYS"] = "{0} 天",
        ["DUP-TEXT"] = "描述相似 {0}",
        ["DUP-SAME-ITEM"] = "同一事项",
        ["DUP-RELATED-ITEM"] = "相关事项（{0}）",
        ["CLI-CLASSIFY-USAGE"] =
            "classify --text \"…\" [--county <县区编码>] [--limit N] [--storage …] [--definitions 目录]   建议的事项，每行 编码<TAB>名称<TAB>置信度\n" +
            "classify --file <文本文件> [--county <县区编码>] [--storage …] [--definitions 目录]   每行文本输出一行事项编码，最可能的在前，空格分隔\n" +
            "classify --evaluate <标注.jsonl> [--county <县区编码>] [--storage …] [--definitions 目录]   top-1、top-3 准确率，并列目录名称搜索作对照",
        ["CLI-CLASSIFY-MODE"] = "需要 --text、--file、--evaluate 其中之一",
        ["CLI-CLASSIFY-LIMIT"] = "--limit “{0}” 不是 1 到 10 之间的整数",
        ["CLI-CLASSIFY-BAD-LINE"] = "{0} 第 {1} 行不是带标注的文本（{2}）",
        ["CLI-CLASSIFY-EMPTY"] = "{0} 里没有带标注的文本",
        ["CLI-CLASSIFY-RESULT"] = "{0}：top-1 {1:F3}  top-3 {2:F3}  （{3} 条）",
        ["CLI-CLASSIFY-MODEL"] = "事项识别模型",
        ["CLI-CLASSIFY-BASELINE"] = "目录名称搜索（对照）",
        ["CLI-CLASSIFY-VERSION"] = "{0} 使用第 {1} 版学习模型",
    };
}
