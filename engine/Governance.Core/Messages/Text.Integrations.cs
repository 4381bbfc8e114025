namespace Governance.Core.Messages;

public static partial class Text
{
    // API clients and Open311 GeoReport v2. A property, not a field: partial-file field initialisers run in no defined order.
    static Dictionary<string, string> IntegrationMessages => new()
    {
        ["AUDIT-CLIENT-CALL"] = "接入客户端调用",
        ["AUDIT-CLIENT-REFUSED"] = "接入客户端被拒绝",
        ["AUDIT-CLIENT-CHANGED"] = "修改接入客户端",
        ["CLIENT-NAME-REQUIRED"] = "请填写客户端名称",
        ["CLIENT-SCOPES-REQUIRED"] = "请至少选择一个权限范围（{0}）",
        ["CLIENT-SCOPE-UNKNOWN"] = "未知的权限范围“{0}”，可选：{1}",
        ["CLIENT-NOT-FOUND"] = "找不到接入客户端“{0}”，或已停用",
        ["CLIENT-KEY-MISSING"] = "缺少 api_key：请使用管理员登记接入客户端时发放的密钥",
        ["CLIENT-KEY-INVALID"] = "api_key 无效或已停用",
        ["CLIENT-SCOPE-MISSING"] = "该接入客户端没有“{0}”权限",
        ["THROTTLE-CLIENT"] = "该接入客户端请求过于频繁（每分钟最多 {0} 次），请稍后再试",
        ["OPEN311-JURISDICTION-UNKNOWN"] = "未知的辖区 jurisdiction_id“{0}”：应为区县代码，可选：{1}",
        ["OPEN311-SERVICE-UNKNOWN"] = "该辖区没有事项编码 service_code“{0}”",
        ["OPEN311-REQUEST-NOT-FOUND"] = "找不到诉求“{0}”",
        ["OPEN311-TOKEN-NOT-FOUND"] = "找不到受理凭证“{0}”",
        ["OPEN311-LOCATION-REQUIRED"] = "请提供事发位置：lat 和 long 坐标，或能对应到网格的 address_string",
        ["OPEN311-ADDRESS-UNKNOWN"] = "无法从地址“{0}”确定所属网格，请同时提供 lat 和 long 坐标",
        ["OPEN311-FORMAT"] = "不支持的格式“{0}”：请使用 .json 或 .xml",
        ["OPEN311-DATE"] = "“{0}”不是有效的 ISO 8601 时间",
        ["OPEN311-STATUS"] = "status 应为 open 或 closed，收到“{0}”",
        ["OPEN311-MEDIA-URL"] = "media_url 应为 http 或 https 地址",
        ["OPEN311-MEDIA-LINE"] = "现场图片：{0}",
        ["OPEN311-ATTRIBUTE-UNKNOWN"] = "事项“{0}”的表单没有字段“{1}”",
        ["OPEN311-NOTICE"] = "已受理，编号 {0}，请凭编号查询办理进度",
        ["OPEN311-CONTACT"] = "市域社会治理指挥中心",
    };
}
