using Governance.Core.Input;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Actions;

/// <summary>签收: the handling unit takes the case on.</summary>
public sealed class Sign : CaseAction
{
    public override string Code => "sign";
    public override string Step => Steps.Handle;
    public override CommentRule Comment => CommentRule.None;
    public override ActionTone Tone => ActionTone.Primary;
    public override bool IsAvailable(CaseTask task, Case c) => task.SignedAt is null && c.Status == CaseStatus.Dispatched;

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        x.Case.SignFor();
        x.Change(x.Task);
        x.Task.SignedBy = x.Actor.Username;
        x.Task.SignedAt = x.Now;
        return Task.CompletedTask;
    }
}

/// <summary>回单: the unit reports what it did, with the reply form; it signs for the case implicitly if it had not.</summary>
public sealed class Reply : CaseAction
{
    public override string Code => "reply";
    public override string Step => Steps.Handle;
    public override string? Outcome => "Replied";
    public override CommentRule Comment => CommentRule.Required;
    public override ActionTone Tone => ActionTone.Primary;
    public override bool SendsForm => true;
    public override bool RequiresForm => true;
    public override string? CommentField => "measures";
    public override bool IsAvailable(CaseTask task, Case c) => StepAction.Handling(task, c);

    public override Task PrepareAsync(ActionContext x, CancellationToken ct)
    {
        // 协办: the lead department replies once every co-handling department has answered.
        if (x.Tasks.Where(t => t.Step == Steps.CoHandle && t.State == TaskState.Open).ToList() is { Count: > 0 } pending)
        {
            var names = pending.Select(t => x.Package.Departments.FirstOrDefault(d => d.Code == t.DepartmentCode)?.Name ?? t.DepartmentCode ?? t.UnitCode);
            throw new CaseException("CASE-COHANDLE-PENDING", 409, string.Join("、", names)) { Field = "action" };
        }
        if (x.Case.Status == CaseStatus.Dispatched) x.Then(c => c.SignFor());
        return Task.CompletedTask;
    }
}

/// <summary>延期申请: the unit asks for more time; the center approves or denies it in a task of its own.</summary>
public sealed class Extend : CaseAction
{
    public override string Code => "extend";
    public override string Step => Steps.Handle;
    public override string LabelCode => "ACTION-EXTEND";
    public override CommentRule Comment => CommentRule.Required;
    public override bool IsAvailable(CaseTask task, Case c) => StepAction.Handling(task, c);

    public override IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) =>
    [
        new("amount", Text.Format("ACTION-FIELD-AMOUNT"), ActionFieldType.Number, Required: true, Min: 1),
        new("unit", Text.Format("ACTION-FIELD-UNIT"), ActionFieldType.Choice, Required: true, Default: "workday",
            Options: Enum.GetValues<TimeUnit>().Select(u => new ActionOption(Limits.Code(u), Limits.Name(u))).ToList()),
    ];

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        var extension = Limits.Read(x.Request.Data);
        x.Open(new JsonObject
        {
            ["step"] = Steps.ApproveExtension, ["role"] = "operator", ["unit"] = x.Case.CountyCode, ["side"] = true,
            ["data"] = new JsonObject { ["amount"] = extension.Amount, ["unit"] = Limits.Code(extension.Unit), ["handleTask"] = x.Task.Id },
        });
        return Task.CompletedTask;
    }
}

/// <summary>挂起: the clock stops (a court ruling awaited, say) until the unit resumes.</summary>
public sealed class Suspend : CaseAction
{
    public override string Code => "suspend";
    public override string Step => Steps.Handle;
    public override CommentRule Comment => CommentRule.Required;
    public override bool IsAvailable(CaseTask task, Case c) => StepAction.Handling(task, c);

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        x.Case.Suspend();
        x.Change(x.Task);
        x.Task.Clock = x.Task.Clock?.Suspend(x.Now);
        return Task.CompletedTask;
    }
}

/// <summary>恢复办理: the clock runs again.</summary>
public sealed class Resume : CaseAction
{
    public override string Code => "resume";
    public override string Step => Steps.Handle;
    public override CommentRule Comment => CommentRule.None;
    public override bool IsAvailable(CaseTask task, Case c) => c.Status == CaseStatus.Suspended;

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        x.Case.Resume();
        x.Change(x.Task);
        x.Task.Clock = x.Task.Clock?.Resume(x.Now);
        return Task.CompletedTask;
    }
}

/// <summary>发起协办: other departments are asked to help; each gets a task, and the reply waits for their answers.</summary>
public sealed class CoHandle : CaseAction
{
    public override string Code => "cohandle";
    public override string Step => Steps.Handle;
    public override bool IsAvailable(CaseTask task, Case c) => StepAction.Handling(task, c);

    public override IReadOnlyList<ActionField> Fields(Case c, EffectivePackage package) =>
    [
        new("departments", Text.Format("ACTION-FIELD-COHANDLE"), ActionFieldType.Choice, Required: true, Multiple: true,
            Options: package.Departments.Where(d => d.UnitCode == c.CountyCode).Select(d => new ActionOption(d.Code, d.Name)).ToList()),
    ];

    public override Task ApplyAsync(ActionContext x, CancellationToken ct)
    {
        var codes = JsonInput.Strings(x.Request.Data, "departments", "data.departments")?.ToList() ?? [];
        if (codes.Count == 0) throw new CaseException("CASE-FIELD-REQUIRED", 400, "data.departments") { Field = "data.departments" };
        foreach (var code in codes)
        {
            var d = x.Package.Departments.FirstOrDefault(d => d.Code == code) ?? throw new CaseException("CASE-TARGET-UNKNOWN", 400, code) { Field = "data.departments" };
            x.Open(new JsonObject { ["step"] = Steps.CoHandle, ["role"] = "handler", ["unit"] = d.UnitCode, ["department"] = d.Code, ["side"] = true });
        }
        return Task.CompletedTask;
    }
}
