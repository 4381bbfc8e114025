using Governance.Core.Input;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Actions;

/// <summary>受理立案: the center registers the case, correcting its item and urgency when the reporter got them wrong.</summary>
public sealed class Register : CaseAction
{
    public override string Code => "register";
    public override string Step => Steps.Accept;
    public override string? Outcome => "Registered";
    public override ActionTone Tone => ActionTone.Primary;
    public override bool SendsForm => true;

    // The accept form carries the item and urgency (editable at this step); the dialog asks them only without a form.
    public override IReadOnlyList<ActionField> Fields(CaseTask task, Case c, EffectivePackage package) =>
        task.FormId is null ? [.. Fields(c, package), Target()] : [Target()];

    public override IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) =>
    [
        new("item", Text.Format("ACTION-FIELD-RECLASSIFY"), ActionFieldType.Item),
        new("urgency", Text.Format("ACTION-FIELD-URGENCY"), ActionFieldType.Choice,
            Options: package.Urgencies.Select(u => new ActionOption(u.Code, u.Name)).ToList()),
    ];

    static ActionField Target() =>
        new("target", Text.Format("ACTION-FIELD-REGISTER-TARGET"), ActionFieldType.OrgTarget); // the target picker says what none means

    public override Task PrepareAsync(ActionContext x, CancellationToken ct)
    {
        var form = x.Data["form"] as JsonObject;
        var chosenItem = JsonInput.String(x.Data, "item", "data.item") ?? JsonInput.String(form, "item", "data.form.item");
        var chosenUrgency = JsonInput.String(x.Data, "urgency", "data.urgency") ?? JsonInput.String(form, "urgency", "data.form.urgency");
        // Every registration, confirmed or corrected, is a labelled text for the county's item suggestions.
        x.Example = new Model.IntakeExample(x.Task.Id, x.Case.Id, x.Case.CountyCode, x.Case.Place.GridCode, x.Case.Channel,
            x.Case.Description, x.Case.ItemCode, chosenItem ?? x.Case.ItemCode, x.Now);
        // The operator sends the case somewhere else than the routes would: the dispatch step takes it as chosen.
        if (JsonInput.String(x.Data, "target", "data.target") is { } target) x.Data["assignee"] = Reassign.Target(x.Definitions.City!, target);
        if (chosenItem is null && chosenUrgency is null) return Task.CompletedTask;
        var item = x.Package.FindItem(chosenItem ?? x.Case.ItemCode)
            ?? throw new CaseException("CASE-ITEM-UNKNOWN", 400, chosenItem) { Field = x.Data["item"] is null ? "data.form.item" : "data.item" };
        var urgency = chosenUrgency ?? x.Case.Urgency;
        if (!item.Urgencies.Contains(urgency))
            throw new CaseException("CASE-URGENCY-INVALID", 400, item.Code, urgency, string.Join(", ", item.Urgencies)) { Field = x.Data["urgency"] is null ? "data.form.urgency" : "data.urgency" };
        if (item.Code == x.Case.ItemCode && urgency == x.Case.Urgency) return Task.CompletedTask;
        x.Data["item"] = item.Code;
        x.Data["urgency"] = urgency;
        x.Data["category"] = item.Category;
        x.Then(c => c.Reclassify(item, urgency));
        return Task.CompletedTask;
    }
}

/// <summary>合并: a duplicate goes into the case it repeats (open, in the same county).</summary>
public sealed class Merge : CaseAction
{
    public override string Code => "merge";
    public override string Step => Steps.Accept;
    public override string? Outcome => "Merged";
    public override CommentRule Comment => CommentRule.None;

    public override IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) =>
        [new("target", Text.Format("ACTION-FIELD-MERGE-TARGET"), ActionFieldType.Text, Required: true)];

    public override async Task PrepareAsync(ActionContext x, CancellationToken ct)
    {
        var number = x.Required("target");
        var target = await x.Store.GetByNumberAsync(number, ct);
        if (target is null || target.IsFinished || target.CountyCode != x.Case.CountyCode || target.Id == x.Case.Id)
            throw new CaseException("CASE-MERGE-TARGET", 400, number) { Field = "data.target" };
        x.Then(c => c.MergeInto(target.Number));
    }
}
