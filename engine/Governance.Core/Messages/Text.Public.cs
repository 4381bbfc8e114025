namespace Governance.Core.Messages;

public static partial class Text
{
    // What the person who reported a case reads on the tracking page: plain words, not the staff's verbs.
    static Dictionary<string, string> PublicMessages => new()
    {
        ["PUBLIC-STEP-REPORTED"] = "已收到您的反映",
        ["PUBLIC-STEP-REGISTERED"] = "已受理",
        ["PUBLIC-STEP-REJECTED"] = "不予受理",
        ["PUBLIC-STEP-MERGED"] = "同一问题已有人反映，并入事件 {0} 一起办理",
        ["PUBLIC-STEP-DISPATCHED"] = "已转{0}办理",
        ["PUBLIC-STEP-STARTED"] = "{0}已开始办理",
        ["PUBLIC-STEP-SUSPENDED"] = "暂停办理，条件具备后继续",
        ["PUBLIC-STEP-RESUMED"] = "恢复办理",
        ["PUBLIC-STEP-EXTENDED"] = "办理时限已延长",
        ["PUBLIC-STEP-ANSWERED"] = "{0}已答复",
        ["PUBLIC-STEP-REOPENED"] = "核查发现问题未解决，重新办理",
        ["PUBLIC-STEP-CLOSED"] = "已办结",
        ["PUBLIC-STEP-RATED"] = "您已评价：{0}",
        ["PUBLIC-RATING-SATISFIED"] = "满意",
        ["PUBLIC-RATING-BASIC"] = "基本满意",
        ["PUBLIC-RATING-UNSATISFIED"] = "不满意",
        ["PUBLIC-DEADLINE"] = "应于 {0} 前办结",
        ["PUBLIC-STATUS-REPORTED"] = "等待受理",
        ["PUBLIC-STATUS-DISPATCHED"] = "办理中",
        ["PUBLIC-STATUS-HANDLING"] = "办理中",
        ["PUBLIC-STATUS-SUSPENDED"] = "暂停办理",
        ["PUBLIC-STATUS-RETURNED"] = "正在确定办理单位",
        ["PUBLIC-STATUS-VERIFYING"] = "已答复，正在核实",
        ["PUBLIC-STATUS-CLOSED"] = "已办结",
        ["PUBLIC-STATUS-ARCHIVED"] = "已办结",
        ["PUBLIC-STATUS-REJECTED"] = "不予受理",
        ["PUBLIC-STATUS-MERGED"] = "已并入其他事件",
    };
}
