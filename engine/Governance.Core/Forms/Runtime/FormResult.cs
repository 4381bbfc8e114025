using System.Text.Json.Nodes;

namespace Governance.Core.Forms.Runtime;

/// <summary>What a user submitted at a step, with what the case already holds.</summary>
/// <param name="Step">The workflow step the submission is for; it selects the field permissions.</param>
/// <param name="Data">The submitted JSON; a key left out keeps its previous (or default) value.</param>
/// <param name="Previous">The form data saved so far (null for a first submission: defaults apply).</param>
/// <param name="CaseData">The case's data, read by defaults (<c>defaultFrom</c>) and by expressions as <c>caseData</c>.</param>
public sealed record FormSubmission(string Step, JsonNode? Data, JsonObject? Previous = null, JsonObject? CaseData = null);

/// <summary>One problem with a submission: the field path (<c>items[2].amount</c>), an English code and the zh-CN message.</summary>
public sealed record FieldError(string Path, string Code, string Message)
{
    public override string ToString() => $"{Path}: {Code} {Message}";
}

/// <summary>How a field shows at this step after conditions: what the browser renders and what the server enforced.</summary>
public sealed record FieldState(bool Visible, bool ReadOnly, bool Required);

/// <summary>
/// The outcome of checking a submission. <see cref="Data"/> is what to save: submitted values of editable
/// fields, previous values of locked ones, recomputed calculations, no values for conditionally hidden fields,
/// and generated serial numbers (only when valid).
/// </summary>
public sealed record FormResult(JsonObject Data, IReadOnlyList<FieldError> Errors, IReadOnlyList<string> Ignored,
    IReadOnlyDictionary<string, FieldState> States)
{
    public bool IsValid => Errors.Count == 0;
}
