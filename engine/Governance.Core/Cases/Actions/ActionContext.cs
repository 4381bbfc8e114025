using Governance.Core.Input;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Packages;

namespace Governance.Core.Cases.Actions;

/// <summary>What an action works with while it runs: the case as read, the request, the package in force, and what it changes.</summary>
public sealed class ActionContext(Case c, CaseTask task, IReadOnlyList<CaseTask> tasks, ActionRequest request, Actor actor,
    DefinitionSet definitions, ICaseStore store, CaseProjector projector, DateTimeOffset now)
{
    public Case Case => c;
    public CaseTask Task => task;
    public IReadOnlyList<CaseTask> Tasks => tasks;
    public ActionRequest Request => request;
    public Actor Actor => actor;
    public DefinitionSet Definitions => definitions;
    public EffectivePackage Package { get; } = definitions.For(c.Place.GridCode);
    public ICaseStore Store => store;
    public CaseProjector Projector => projector;
    public DateTimeOffset Now => now;

    /// <summary>The data the loop is resumed with (a copy of the request's, which the action may complete).</summary>
    public JsonObject Data { get; } = request.Data?.DeepClone() as JsonObject ?? [];

    /// <summary>The port the step completes through; a step action may decide it (a rating).</summary>
    public string? Outcome { get; set; }

    /// <summary>What the step's commit does to the case, in order.</summary>
    public Action<Case>? Mutation { get; private set; }

    public void Then(Action<Case> change)
    {
        var previous = Mutation;
        Mutation = x => { previous?.Invoke(x); change(x); };
    }

    /// <summary>What the step teaches the county's intake suggestions (a registration), committed with it.</summary>
    public Model.IntakeExample? Example { get; set; }

    /// <summary>Tasks a side action changes or opens, each with the version it was read at (0: new).</summary>
    public List<TaskChange> Changed { get; } = [];

    public void Change(CaseTask t)
    {
        if (Changed.All(x => x.Task.Id != t.Id)) Changed.Add(new TaskChange(t, t.Version));
    }

    public void Done(CaseTask t)
    {
        Change(t);
        t.State = TaskState.Done;
        t.CompletedAt = now;
        t.CompletedBy = actor.Username;
        t.NextWarningAt = null;
    }

    /// <summary>Opens a side task (an extension approval, a co-handling request) with its stage's time limit.</summary>
    public void Open(JsonObject payload) => Changed.Add(new TaskChange(projector.NewTask(c, definitions, Guid.NewGuid().ToString("N"), payload, now), 0));

    /// <summary>The open handling task, or a refusal naming the case's state.</summary>
    public CaseTask HandleTask(string journalCode) => tasks.FirstOrDefault(t => t.Step == Steps.Handle && t.State == TaskState.Open)
        ?? throw new CaseException("CASE-STATE", 409, c.Number, Statuses.Name(c.Status), Text.Format(journalCode));

    /// <summary>A string the request must carry in data.</summary>
    public string Required(string field) => JsonInput.String(Data, field, "data." + field) is { Length: > 0 } value ? value
        : throw new CaseException("CASE-FIELD-REQUIRED", 400, "data." + field) { Field = "data." + field };
}
