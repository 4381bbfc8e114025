using Governance.Core.Input;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Actions;

/// <summary>改派: after a return, the center names another department or a street/community — or none, and the routes decide again.</summary>
public sealed class Reassign : CaseAction
{
    public override string Code => "reassign";
    public override string Step => Steps.Reassign;
    public override string? Outcome => "Reassigned";
    public override ActionTone Tone => ActionTone.Primary;

    public override IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) =>
        [new("target", Text.Format("ACTION-FIELD-REASSIGN"), ActionFieldType.OrgTarget, Help: Text.Format("ACTION-FIELD-REASSIGN-HELP"))];

    public override Task PrepareAsync(ActionContext x, CancellationToken ct)
    {
        if (JsonInput.String(x.Data, "target", "data.target") is { } code) x.Data["assignee"] = Target(x.Definitions.City!, code);
        return Task.CompletedTask;
    }

    /// <summary>A department of the city or a street/community, as the dispatch step's chosen assignee.</summary>
    internal static JsonObject Target(EffectivePackage city, string code)
    {
        if (city.Departments.FirstOrDefault(d => d.Code == code) is { } d)
        {
            var unit = city.Org.Find(d.UnitCode)!;
            return new JsonObject { ["level"] = OrgLevels.Code(unit.Level), ["unit"] = unit.Code, ["unitName"] = unit.Name,
                ["department"] = d.Code, ["departmentName"] = d.Name, ["name"] = d.Name, ["rule"] = "reassign" };
        }
        if (city.Org.Find(code) is { Level: < OrgLevel.County } u)
            return new JsonObject { ["level"] = OrgLevels.Code(u.Level), ["unit"] = u.Code, ["unitName"] = u.Name, ["name"] = u.Name, ["rule"] = "reassign" };
        throw new CaseException("CASE-TARGET-UNKNOWN", 400, code) { Field = "data.target" };
    }
}

/// <summary>回访评价: the center records the reporter's rating; unsatisfied reopens the case.</summary>
public sealed class Rate : CaseAction
{
    public override string Code => "rate";
    public override string Step => Steps.Callback;
    public override bool CompletesStep => true; // through Satisfied or Unsatisfied, as rated
    public override ActionTone Tone => ActionTone.Primary;
    public override bool SendsForm => true;
    public override string? CommentField => "comment";

    // The callback form asks the satisfaction itself; the dialog asks it only on a loop without a form.
    public override IReadOnlyList<ActionField> Fields(CaseTask task, Case c, EffectivePackage package) => task.FormId is null ? Fields(c, package) : [];

    public override IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) =>
    [
        new("satisfaction", Text.Format("ACTION-FIELD-SATISFACTION"), ActionFieldType.Choice, Required: true,
            Options: Enum.GetValues<Satisfaction>().Select(s => new ActionOption(CodeOf(s), NameOf(s))).ToList()),
    ];

    public static string CodeOf(Satisfaction s) => s.ToString().ToLowerInvariant();
    public static string NameOf(Satisfaction s) => Text.Format("VALUE-SATISFACTION-" + s.ToString().ToUpperInvariant());

    public override Task PrepareAsync(ActionContext x, CancellationToken ct)
    {
        var given = JsonInput.String(x.Data, "satisfaction", "data.satisfaction")
            ?? JsonInput.String(x.Data["form"] as JsonObject, "satisfaction", "data.form.satisfaction");
        if (Codes.Parse<Satisfaction>(given) is not { } satisfaction)
            throw new CaseException("CASE-FIELD-INVALID", 400, "data.satisfaction", "satisfied | basic | unsatisfied") { Field = "data.satisfaction" };
        x.Then(c => c.Rate(satisfaction));
        x.Outcome = satisfaction == Satisfaction.Unsatisfied ? "Unsatisfied" : "Satisfied";
        return Task.CompletedTask;
    }
}

/// <summary>同意延期: the handling task's clock gets the time asked for.</summary>
public sealed class Approve : CaseAction
{
    public override string Code => "approve";
    public override string Step => Steps.ApproveExtension;
    public override ActionTone Tone => ActionTone.Primary;

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        var asked = Limits.Read(JsonNode.Parse(x.Task.DataJson ?? "{}") as JsonObject);
        var handle = x.HandleTask(JournalCode);
        x.Change(handle);
        handle.Clock = handle.Clock?.Extend(asked);
        x.Done(x.Task);
        return Task.CompletedTask;
    }
}

/// <summary>不同意延期: the request is closed; the limit stands.</summary>
public sealed class Deny : CaseAction
{
    public override string Code => "deny";
    public override string Step => Steps.ApproveExtension;
    public override CommentRule Comment => CommentRule.Required;
    public override ActionTone Tone => ActionTone.Danger;

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        x.Done(x.Task);
        return Task.CompletedTask;
    }
}

/// <summary>协办回复: a co-handling department's answer to the lead department (not the case's 回单).</summary>
public sealed class CoReply : CaseAction
{
    public override string Code => "reply";
    public override string Step => Steps.CoHandle;
    public override string JournalCode => "CASE-ACT-COREPLY";
    public override CommentRule Comment => CommentRule.Required;
    public override ActionTone Tone => ActionTone.Primary;

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        x.Done(x.Task);
        return Task.CompletedTask;
    }
}
