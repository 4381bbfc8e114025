using System.Text.Json.Nodes;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;
using Governance.Core.Dispatch;
using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Cases.Activities;

/// <summary>派遣: routes the case by the dispatch rules for its item, place, channel and urgency (unless a reassignment already chose the unit).</summary>
[Activity("Governance.Cases.Dispatch", Category = "Governance", DisplayName = "派遣", Description = "按派遣规则把事件派给能解决它的最低层级单位。")]
public sealed class DispatchCase : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        if (context.GetVariable("assignee") is JsonObject chosen)
        {
            context.Complete();
            return default;
        }
        var router = CaseRouting.Router(context);
        var (result, failure) = router.Resolve(CaseRouting.Text(context, "item"), CaseRouting.Text(context, "grid"),
            CaseRouting.Text(context, "channel"), CaseRouting.Text(context, "urgency"));
        if (result is null)
        {
            context.Fault("CASE-NO-ROUTE", "Case", Text.Format("CASE-NO-ROUTE", failure!.Kind));
            return default;
        }
        context.SetVariable("assignee", CaseRouting.ToJson(result));
        context.WriteLine(Text.Format("CASE-LOG-DISPATCHED", result.Rule.Id, result.HandlerName));
        context.Complete();
        return default;
    }
}

/// <summary>上报/吹哨: sends the case one level up the org tree; at the city there is no level above.</summary>
[Activity("Governance.Cases.Escalate", Category = "Governance", DisplayName = "上报", Description = "承办单位无法解决时上报上一级。",
    Ports = ["Done", "AtTop"])]
public sealed class EscalateCase : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var current = context.GetVariable("assignee")?["level"]?.GetValue<string>();
        var level = Enum.TryParse<OrgLevel>(current, ignoreCase: true, out var l) ? l : OrgLevel.County;
        var (result, _) = CaseRouting.Router(context).Escalate(CaseRouting.Text(context, "item"), CaseRouting.Text(context, "grid"), level);
        if (result is null)
        {
            context.WriteLine(Text.Format("CASE-LOG-AT-TOP"));
            context.Complete("AtTop");
            return default;
        }
        context.SetVariable("assignee", CaseRouting.ToJson(result));
        context.WriteLine(Text.Format("CASE-LOG-ESCALATED", result.HandlerName));
        context.Complete("Done");
        return default;
    }
}

/// <summary>结案: records that the case is closed; the callback follows.</summary>
[Activity("Governance.Cases.Close", Category = "Governance", DisplayName = "结案", Description = "核查通过后结案。")]
public sealed class CloseCase : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.WriteLine(Text.Format("CASE-LOG-CLOSED"));
        context.Complete();
        return default;
    }
}

internal static class CaseRouting
{
    public static Router Router(IActivityContext context)
    {
        // The package in force when the step runs: a running case is dispatched by today's routes.
        var packages = context.Services.GetService(typeof(IPackageProvider)) as IPackageProvider
            ?? throw new InvalidOperationException("the case activities need the package provider among the runtime's services");
        return new Router(packages.Current.For(Text(context, "grid")));
    }

    /// <summary>A variable if an earlier step set it (a reclassification), else the workflow input.</summary>
    public static string Text(IActivityContext context, string name) =>
        (context.GetVariable(name) ?? context.GetWorkflowInput(name))?.GetValue<string>() ?? "";

    public static JsonObject ToJson(RouteResult r) => new()
    {
        ["level"] = r.Level.ToString().ToLowerInvariant(),
        ["unit"] = r.Unit.Code,
        ["unitName"] = r.Unit.Name,
        ["department"] = r.Department?.Code,
        ["departmentName"] = r.Department?.Name,
        ["name"] = r.HandlerName,
        ["rule"] = r.Rule.Id,
    };
}
