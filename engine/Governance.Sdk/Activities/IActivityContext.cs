using System.Text.Json.Nodes;

namespace Governance.Sdk.Activities;

/// <summary>
/// Everything an activity may see and do while it runs. Values are JSON nodes (<see cref="JsonNode"/>),
/// so what an activity reads and writes can always be stored with the instance.
/// </summary>
public interface IActivityContext
{
    /// <summary>Id of the activity in the definition.</summary>
    string ActivityId { get; }

    /// <summary>Type name of the activity, e.g. <c>Elsa.WriteLine</c>.</summary>
    string ActivityType { get; }

    /// <summary>Display name of the activity in the definition, if any.</summary>
    string? ActivityName { get; }

    /// <summary>Id of the workflow instance.</summary>
    string InstanceId { get; }

    /// <summary>Id and version of the definition the instance runs.</summary>
    string DefinitionId { get; }

    /// <summary>Version of the definition the instance runs.</summary>
    int DefinitionVersion { get; }

    /// <summary>The clock; never read <see cref="DateTimeOffset.UtcNow"/> directly.</summary>
    TimeProvider Clock { get; }

    /// <summary>Host services (for example a channel implementation); may be empty.</summary>
    IServiceProvider Services { get; }

    /// <summary>True when this activity is the trigger that started the instance (it should not wait again).</summary>
    bool IsTrigger { get; }

    /// <summary>What the resumer sent, while <see cref="IResumableActivity.ResumeAsync"/> runs; otherwise null.</summary>
    JsonNode? ResumeInput { get; }

    /// <summary>Join bookkeeping of this activity inside its flowchart.</summary>
    IJoinState Join { get; }

    /// <summary>True when the definition sets the input (with any expression).</summary>
    bool HasInput(string name);

    /// <summary>Evaluates an input expression (Literal, Object, Variable, JavaScript, Liquid). Null when unset.</summary>
    JsonNode? GetInput(string name);

    /// <summary>Evaluates an input and converts it (string, bool, numbers, TimeSpan, string[], enums, JsonNode).</summary>
    T? GetInput<T>(string name);

    /// <summary>A property of the activity as written in the definition, not evaluated (e.g. switch cases).</summary>
    JsonNode? GetProperty(string name);

    /// <summary>Evaluates an expression given as syntax and text (e.g. a switch case condition).</summary>
    JsonNode? Evaluate(string syntax, JsonNode? expression);

    /// <summary>Writes an output; if the definition binds it to a variable, the variable is set.</summary>
    void SetOutput(string name, JsonNode? value);

    /// <summary>Reads a workflow variable by name or id.</summary>
    JsonNode? GetVariable(string nameOrId);

    /// <summary>Sets a workflow variable by name or id.</summary>
    void SetVariable(string nameOrId, JsonNode? value);

    /// <summary>Reads a workflow input given when the instance started.</summary>
    JsonNode? GetWorkflowInput(string name);

    /// <summary>Appends a line to the instance journal.</summary>
    void WriteLine(string? text);

    /// <summary>Queues a message in the transactional outbox.</summary>
    void Send(OutboxMessage message);

    /// <summary>Completes the activity and continues through the given ports (none: <c>Done</c>).</summary>
    void Complete(params string[] outcomes);

    /// <summary>Completes the enclosing flowchart at once with the given outcomes (<c>Elsa.Complete</c>).</summary>
    void CompleteComposite(IReadOnlyList<string> outcomes);

    /// <summary>Finishes the whole workflow at once with the given outcomes (<c>Elsa.Finish</c>).</summary>
    void FinishWorkflow(IReadOnlyList<string> outcomes);

    /// <summary>Faults the instance: it stops with the code, category and message, recorded as an incident.</summary>
    void Fault(string code, string? category, string message);

    /// <summary>Makes the activity wait; returns the bookmark id. The activity resumes in <see cref="IResumableActivity.ResumeAsync"/>.</summary>
    string CreateBookmark(BookmarkRequest request);
}
