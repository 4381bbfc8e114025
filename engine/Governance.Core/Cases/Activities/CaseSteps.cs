using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Cases.Activities;

/// <summary>受理: the center accepts and classifies (立案), rejects (不予立案) or merges a duplicate.</summary>
[Activity("Governance.Cases.Accept", Category = "Governance", DisplayName = "受理立案", Description = "综治中心受理、分类并立案，或不予立案、合并重复事件。",
    Ports = ["Registered", "Rejected", "Merged"])]
[ActivityInput("formId", "String", DisplayName = "表单")]
public sealed class Accept : HumanTask
{
    protected override string Step => Model.Steps.Accept;
    protected override string[] Outcomes => ["Registered", "Rejected", "Merged"];
    protected override JsonObject Assign(IActivityContext context) => Center(context);

    protected override void OnResumed(IActivityContext context, string outcome, JsonObject? data)
    {
        // The operator may correct the item and urgency; later steps route on the corrected values.
        if (data?["item"] is { } item) context.SetVariable("item", item.DeepClone());
        if (data?["category"] is { } category) context.SetVariable("category", category.DeepClone());
        if (data?["urgency"] is { } urgency) context.SetVariable("urgency", urgency.DeepClone());
        // The operator chose the unit over the routes: the dispatch step takes it as it is.
        if (data?["assignee"] is JsonObject target)
        {
            context.SetVariable("assignee", target.DeepClone());
            context.WriteLine(Text.Format("CASE-LOG-REGISTERED-TO", target["name"]));
        }
    }
}

/// <summary>签收、办理、回单: the assigned unit handles the case, or returns it (退回) or escalates it (上报).</summary>
[Activity("Governance.Cases.Handle", Category = "Governance", DisplayName = "办理", Description = "承办单位签收、办理并回单；可退回、上报、申请延期、挂起、协办。",
    Ports = ["Replied", "Returned", "Escalated"])]
[ActivityInput("formId", "String", DisplayName = "回单表单")]
public sealed class Handle : HumanTask
{
    protected override string Step => Model.Steps.Handle;
    protected override string[] Outcomes => ["Replied", "Returned", "Escalated"];

    protected override JsonObject Assign(IActivityContext context)
    {
        var assignee = context.GetVariable("assignee") as JsonObject;
        return new JsonObject
        {
            ["role"] = assignee?["level"]?.GetValue<string>() is "grid" ? "grid-worker" : "handler",
            ["assignee"] = assignee?.DeepClone(),
            ["unit"] = assignee?["unit"]?.DeepClone(),
            ["department"] = assignee?["department"]?.DeepClone(),
            ["level"] = assignee?["level"]?.DeepClone(),
            ["limit"] = "case",
        };
    }
}

/// <summary>改派: after a return the center sends the case to another unit, or routes it again.</summary>
[Activity("Governance.Cases.Reassign", Category = "Governance", DisplayName = "改派", Description = "退回后由综治中心改派给其他单位，或按规则重新派遣。",
    Ports = ["Reassigned"])]
public sealed class Reassign : HumanTask
{
    protected override string Step => Model.Steps.Reassign;
    protected override string[] Outcomes => ["Reassigned"];
    protected override JsonObject Assign(IActivityContext context) => Center(context);

    protected override void OnResumed(IActivityContext context, string outcome, JsonObject? data)
    {
        if (data?["assignee"] is JsonObject target)
        {
            context.SetVariable("assignee", target.DeepClone());
            context.WriteLine(Text.Format("CASE-LOG-REASSIGNED", target["name"]));
        }
        else context.SetVariable("assignee", null); // the next Dispatch routes again
    }
}

/// <summary>核查: the center (or the grid worker of the place) checks the result: pass → close, fail → back to handling.</summary>
[Activity("Governance.Cases.Verify", Category = "Governance", DisplayName = "核查", Description = "核查办理结果：通过则结案，不通过退回承办单位重办。",
    Ports = ["Passed", "Failed"])]
[ActivityInput("by", "String", DisplayName = "核查人（center 综治中心 / grid 网格员）")]
[ActivityInput("formId", "String", DisplayName = "核查表单")]
public sealed class Verify : HumanTask
{
    protected override string Step => Model.Steps.Verify;
    protected override string[] Outcomes => ["Passed", "Failed"];

    protected override JsonObject Assign(IActivityContext context) =>
        context.GetInput<string>("by") == "grid"
            ? new JsonObject { ["role"] = "grid-worker", ["unit"] = context.GetWorkflowInput("grid")?.DeepClone(), ["level"] = "grid" }
            : Center(context);
}

/// <summary>回访: the center calls the reporter back and records the rating; unsatisfied reopens the case (重办).</summary>
[Activity("Governance.Cases.Callback", Category = "Governance", DisplayName = "回访评价", Description = "回访群众并记录满意度；不满意则重办。",
    Ports = ["Satisfied", "Unsatisfied"])]
[ActivityInput("formId", "String", DisplayName = "回访表单")]
public sealed class Callback : HumanTask
{
    protected override string Step => Model.Steps.Callback;
    protected override string[] Outcomes => ["Satisfied", "Unsatisfied"];
    protected override JsonObject Assign(IActivityContext context) => Center(context);
}
