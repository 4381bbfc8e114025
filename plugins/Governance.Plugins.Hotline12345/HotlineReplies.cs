using System.Text.Json.Nodes;
using Governance.Sdk.Activities;
using Governance.Sdk.Cases;
using Governance.Sdk.Plugins;

namespace Governance.Plugins.Hotline12345;

/// <summary>
/// When a case that came from the hotline ends — closed (办结), rejected (不予受理) or merged — queues the reply to the
/// platform (回复) in the outbox, so it is sent exactly when the closing step commits; <see cref="HotlineReplyChannel"/>
/// delivers it.
/// </summary>
public sealed class HotlineReplies(IPluginSettings settings) : ICaseClosureSubscriber
{
    public const string DefaultChannel = "hotline";

    public IEnumerable<OutboxMessage> OnClosed(CaseClosure closure)
    {
        if (closure.ExternalReference is not { } ticket || closure.Channel != (settings["Channel"] ?? DefaultChannel)) yield break;
        var reply = closure.Forms["reply"]?["data"] as JsonObject; // the 回单 form: {version, data}
        var text = closure.Outcome switch
        {
            "rejected" => $"不予受理：{closure.Comment}",
            "merged" => $"与事件 {closure.MergedInto} 为同一诉求，已合并办理",
            _ => $"已办结：{reply?["measures"] ?? closure.Comment}",
        };
        yield return new OutboxMessage(HotlineReplyChannel.Name, ticket, closure.Outcome, text, new JsonObject
        {
            ["ticketId"] = ticket,
            ["caseNumber"] = closure.Number,
            ["outcome"] = closure.Outcome,
            ["closedAt"] = closure.ClosedAt.ToString("O"),
            ["result"] = reply?["result"]?.DeepClone(),
            ["measures"] = reply?["measures"]?.DeepClone(),
            ["comment"] = closure.Comment,
        });
    }
}
