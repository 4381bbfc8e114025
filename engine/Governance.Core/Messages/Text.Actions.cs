namespace Governance.Core.Messages;

public static partial class Text
{
    // What the browser shows of case actions and dictionaries the server sends it.
    // A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> ActionMessages => new()
    {
        ["ACTION-EXTEND"] = "申请延期",
        ["ACTION-FIELD-RECLASSIFY"] = "重新分类（可选）",
        ["ACTION-FIELD-URGENCY"] = "紧急程度",
        ["ACTION-FIELD-MERGE-TARGET"] = "合并到事件编号",
        ["ACTION-FIELD-AMOUNT"] = "延期时长",
        ["ACTION-FIELD-UNIT"] = "单位",
        ["ACTION-FIELD-COHANDLE"] = "协办部门",
        ["ACTION-FIELD-REASSIGN"] = "改派目标",
        ["ACTION-FIELD-REASSIGN-HELP"] = "不指定时按派遣规则重新派遣",
        ["ACTION-FIELD-SATISFACTION"] = "评价",
        ["ACTION-COMMENT"] = "办理意见",
        ["VALUE-UNIT-MINUTE"] = "分钟",
        ["VALUE-UNIT-WORKHOUR"] = "工作时",
        ["VALUE-UNIT-WORKDAY"] = "工作日",
        ["VALUE-SATISFACTION-SATISFIED"] = "满意",
        ["VALUE-SATISFACTION-BASIC"] = "基本满意",
        ["VALUE-SATISFACTION-UNSATISFIED"] = "不满意",
        ["VALUE-WARNING-NONE"] = "正常",
        ["VALUE-WARNING-BLUE"] = "蓝色预警",
        ["VALUE-WARNING-YELLOW"] = "黄色预警",
        ["VALUE-WARNING-RED"] = "红色预警",
        ["VALUE-WARNING-OVERDUE"] = "已超期",
        ["VALUE-PHOTO-BEFORE"] = "处置前",
        ["VALUE-PHOTO-AFTER"] = "处置后",
        ["VALUE-PHOTO-REPORT"] = "群众上报",
    };
}
