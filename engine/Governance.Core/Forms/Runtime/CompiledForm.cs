using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;
using static Governance.Core.Forms.Runtime.JsonValues;

namespace Governance.Core.Forms.Runtime;

/// <summary>
/// A form version compiled once into a validator: its expressions as one program of syntax trees, its patterns as
/// regular expressions. <see cref="Validate"/> is the server's authority over a submission, whatever the browser
/// showed. Thread-safe.
/// </summary>
public sealed partial class CompiledForm
{
    readonly FormProgram program;
    readonly Dictionary<FormField, FieldChecks> checks = new(ReferenceEqualityComparer.Instance); // a record's own hash walks every property
    readonly Dictionary<string, FormField> fieldsByKey = new(StringComparer.Ordinal);

    internal CompiledForm(FormDefinition definition)
    {
        Definition = definition;
        program = new FormProgram(definition);
        foreach (var f in definition.Fields.Concat(definition.Fields.SelectMany(f => f.Columns))) checks[f] = new FieldChecks(f);
        foreach (var f in definition.Fields) fieldsByKey.TryAdd(f.Key, f);
    }

    public FormDefinition Definition { get; }

    /// <summary>The JSON Schema (draft-07) of this version's saved data.</summary>
    public JsonObject JsonSchema() => FormSchema.For(Definition);

    /// <summary>The data a new task starts with: literal defaults and values taken from the case (<c>defaultFrom</c>).</summary>
    public JsonObject InitialData(JsonObject? caseData)
    {
        var data = new JsonObject();
        foreach (var f in Definition.Fields)
        {
            var value = f.DefaultFrom is { } from ? At(caseData, from) : null;
            value ??= f.Default;
            if (value is not null) data[f.Key] = Clone(value);
        }
        return data;
    }

    /// <summary>What a step may do with each top-level field; null when the form does not allow the step at all.</summary>
    public StepAccess? AccessFor(string step) =>
        Definition.Steps.Count == 0 ? StepAccess.EditAll
        : Definition.Steps.TryGetValue(step, out var a) ? a
        : Definition.Steps.GetValueOrDefault("*");

    /// <summary>The data a step may see: fields hidden at that step removed.</summary>
    public JsonObject ViewFor(JsonObject data, string step)
    {
        var access = AccessFor(step);
        var view = new JsonObject();
        if (access is null) return view;
        foreach (var (k, v) in data)
            if (!fieldsByKey.TryGetValue(k, out var f) || access.For(f.Key) != FieldAccess.Hidden) view[k] = Clone(v);
        return view;
    }

    /// <summary>
    /// Checks a submission for a step. In order: step permissions (locked fields keep their previous value, or the
    /// submission is refused, as the field says), calculations, conditions (a read-only field is restored, a
    /// hidden field loses its value; if that changed anything, calculations and conditions run once more), then
    /// required, type, limit and custom-rule checks of the fields the step may edit. Serial numbers are generated
    /// only for a valid submission.
    /// </summary>
    public FormResult Validate(FormSubmission submission, FormEnvironment? environment = null)
    {
        var env = environment ?? FormEnvironment.Default;
        var errors = new List<FieldError>();
        var ignored = new List<string>();
        var states = new Dictionary<string, FieldState>(StringComparer.Ordinal);
        if (submission.Data is not JsonObject submitted)
            return Refused("", "FORM-NOT-OBJECT");
        if (AccessFor(submission.Step) is not { } access)
            return Refused("", "FORM-STEP-UNKNOWN", submission.Step);

        var previous = submission.Previous ?? InitialData(submission.CaseData);
        var data = Merge(submitted, previous, access, errors, ignored);

        var run = Evaluate(data, submission);
        if (ApplyConditions(data, previous, access, run, errors, ignored, dryRun: true))
        {
            ApplyConditions(data, previous, access, run, errors, ignored, dryRun: false);
            run = Evaluate(data, submission);
            ApplyConditions(data, previous, access, run, [], [], dryRun: false); // silently: reported in the first pass
        }
        States(access, run, data, states);
        CheckValues(data, access, run, states, env.Sources, errors);
        if (errors.Count == 0) Number(data, previous, env);
        return new FormResult(data, errors, ignored, states);

        FormResult Refused(string path, string code, params object?[] args) =>
            new((JsonObject?)Clone(submission.Previous) ?? [], [new FieldError(path, code, Text.Format(code, args))], ignored, states);
    }

    /// <summary>Starts from the previous data and takes the submitted value of each field the step may edit.</summary>
    JsonObject Merge(JsonObject submitted, JsonObject previous, StepAccess access, List<FieldError> errors, List<string> ignored)
    {
        var data = new JsonObject();
        foreach (var f in Definition.Fields)
        {
            var before = previous[f.Key];
            var editable = access.For(f.Key) == FieldAccess.Edit && !IsComputed(f) && !(f.ReadOnly is { IsDynamic: false, Value: true });
            if (submitted.TryGetPropertyValue(f.Key, out var value) && !editable)
            {
                if (!Same(value, before) && !IsComputed(f)) Locked(f, f.Key, errors, ignored);
                value = before;
            }
            else if (!submitted.ContainsKey(f.Key)) value = before;
            if (value is not null) data[f.Key] = Clone(value);
        }
        foreach (var table in Definition.Fields.Where(f => f.Type == FieldType.Table && f.Columns.Any(c => c.Total)))
            if (previous[table.TotalKey] is { } total) data[table.TotalKey] = Clone(total);
        foreach (var (key, _) in submitted) if (!fieldsByKey.ContainsKey(key)) ignored.Add(key);
        return data;
    }

    /// <summary>Calculated and serial-number fields: whatever is submitted for them is replaced, never reported.</summary>
    static bool IsComputed(FormField f) => f.Calculate is not null || f.Type == FieldType.Serial;

    void Locked(FormField f, string path, List<FieldError> errors, List<string> ignored)
    {
        if ((f.OnLockedChange ?? Definition.OnLockedChange) == LockedChange.Refuse)
            errors.Add(new FieldError(path, "FORM-LOCKED", Text.Format("FORM-LOCKED", f.Label)));
        else ignored.Add(path);
    }

    ProgramRun Evaluate(JsonObject data, FormSubmission submission) =>
        program.HasWork ? program.Run(data, submission.CaseData, submission.Step) : new ProgramRun([], new Dictionary<string, bool?[][]>());

    static string PathOf(string table, int row, string column) => string.Create(CultureInfo.InvariantCulture, $"{table}[{row}].{column}");
}
