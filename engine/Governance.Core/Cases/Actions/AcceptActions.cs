using Governance.Core.Input;
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

    public override IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) =>
    [
        new("item", Text.Format("ACTION-FIELD-RECLASSIFY"), ActionFieldType.Item),
        new("urgency", Text.Format("ACTION-FIELD-URGENCY"), ActionFieldType.Choice,
            Options: package.Urgencies.Select(u => new ActionOption(u.Code, u.Name)).ToList()),
    ];

    public override Task PrepareAsync(ActionContext x, CancellationToken ct)
    {
        // Every registration, confirmed or corrected, is a labelled text for the county's item suggestions.
        x.Example = new Model.IntakeExample(x.Task.Id, x.Case.Id, x.Case.CountyCode, x.Case.Place.GridCode, x.Case.Channel,
            x.Case.Description, x.Case.ItemCode, JsonInput.String(x.Data, "item", "data.item") ?? x.Case.ItemCode, x.Now);
        if (x.Data["item"] is null && x.Data["urgency"] is null) return Task.CompletedTask;
        var item = x.Package.FindItem(JsonInput.String(x.Data, "item", "data.item") ?? x.Case.ItemCode)
            ?? throw new CaseException("CASE-ITEM-UNKNOWN", 400, x.Data["item"]?.ToString()) { Field = "data.item" };
        var urgency = JsonInput.String(x.Data, "urgency", "data.urgency") ?? x.Case.Urgency;
        if (!item.Urgencies.Contains(urgency))
            throw new CaseException("CASE-URGENCY-INVALID", 400, item.Code, urgency, string.Join(", ", item.Urgencies)) { Field = "data.urgency" };
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
