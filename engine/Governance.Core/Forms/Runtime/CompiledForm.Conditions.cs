using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;
using static Governance.Core.Forms.Runtime.JsonValues;
using SlotKind = Governance.Core.Forms.Runtime.FormProgram.SlotKind;

namespace Governance.Core.Forms.Runtime;

public sealed partial class CompiledForm
{
    Dictionary<(string, SlotKind, int), bool?> TopResults(ProgramRun run)
    {
        if (run.TopBySlot is { } cached) return cached;
        var results = run.TopBySlot = new Dictionary<(string, SlotKind, int), bool?>();
        for (var i = 0; i < program.Slots.Count; i++)
            results[(program.Slots[i].Field, program.Slots[i].Kind, program.Slots[i].Rule)] = i < run.Top.Length ? run.Top[i] : null;
        return results;
    }

    Dictionary<(string, SlotKind, int), bool?> RowResults(ProgramRun run, string table, int row)
    {
        var results = new Dictionary<(string, SlotKind, int), bool?>();
        if (!program.ColumnSlots.TryGetValue(table, out var slots)) return results;
        var list = run.Tables.TryGetValue(table, out var rows) && row < rows.Length ? rows[row] : null;
        for (var i = 0; i < slots.Count; i++)
            results[(slots[i].Field, slots[i].Kind, slots[i].Rule)] = list is not null && i < list.Length ? list[i] : null;
        return results;
    }

    static bool Is(Dictionary<(string, SlotKind, int), bool?> r, FormField f, SlotKind kind, bool fallback, bool onError) =>
        r.TryGetValue((f.Key, kind, -1), out var v) ? v ?? onError : fallback;

    /// <summary>
    /// Restores fields a readOnly condition locks and clears fields a visible condition hides, among those the step
    /// may edit. Returns whether anything changed (with <paramref name="dryRun"/>, changes nothing).
    /// </summary>
    bool ApplyConditions(JsonObject data, JsonObject previous, StepAccess access, ProgramRun run, List<FieldError> errors, List<string> ignored, bool dryRun)
    {
        var changed = false;
        var top = TopResults(run);
        foreach (var f in Definition.Fields.Where(f => access.For(f.Key) == FieldAccess.Edit && !IsComputed(f)))
        {
            changed |= Apply(f, data, f.Key, previous[f.Key], top, f.Key);
            if (f.Type != FieldType.Table || data[f.Key] is not JsonArray rows || !program.ColumnSlots.ContainsKey(f.Key)) continue;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is not JsonObject row) continue;
                var cells = RowResults(run, f.Key, i);
                var before = (previous[f.Key] as JsonArray)?.ElementAtOrDefault(i) as JsonObject;
                foreach (var c in f.Columns.Where(c => c.Calculate is null))
                    changed |= Apply(c, row, c.Key, before?[c.Key], cells, PathOf(f.Key, i, c.Key));
            }
        }
        return changed;

        bool Apply(FormField f, JsonObject target, string key, JsonNode? before, Dictionary<(string, SlotKind, int), bool?> r, string path)
        {
            var any = false;
            if (Is(r, f, SlotKind.ReadOnly, f.ReadOnly.Value, false) && !Same(target[key], before))
            {
                any = true;
                if (!dryRun)
                {
                    Locked(f, path, errors, ignored);
                    target[key] = Clone(before);
                }
            }
            if (!Is(r, f, SlotKind.Visible, f.Visible.Value, true) && target[key] is not null)
            {
                any = true;
                if (!dryRun) target.Remove(key);
            }
            return any;
        }
    }

    void States(StepAccess access, ProgramRun run, JsonObject data, Dictionary<string, FieldState> states)
    {
        var top = TopResults(run);
        foreach (var f in Definition.Fields)
        {
            var state = State(f, access.For(f.Key), top, null);
            states[f.Key] = state;
            if (f.Type != FieldType.Table || data[f.Key] is not JsonArray rows) continue;
            for (var i = 0; i < rows.Count; i++)
            {
                var cells = RowResults(run, f.Key, i);
                foreach (var c in f.Columns) states[PathOf(f.Key, i, c.Key)] = State(c, access.For(f.Key), cells, state);
            }
        }
    }

    static FieldState State(FormField f, FieldAccess access, Dictionary<(string, SlotKind, int), bool?> r, FieldState? table)
    {
        var visible = access != FieldAccess.Hidden && Is(r, f, SlotKind.Visible, f.Visible.Value, true) && (table?.Visible ?? true);
        var readOnly = access == FieldAccess.Read || f.Calculate is not null || f.Type == FieldType.Serial
            || Is(r, f, SlotKind.ReadOnly, f.ReadOnly.Value, false) || (table?.ReadOnly ?? false);
        var required = Is(r, f, SlotKind.Required, f.Required.Value, false) && visible && !readOnly;
        return new FieldState(visible, readOnly, required);
    }

    void CheckValues(JsonObject data, StepAccess access, ProgramRun run, Dictionary<string, FieldState> states, IFormSources? sources, List<FieldError> errors)
    {
        var top = TopResults(run);
        foreach (var f in Definition.Fields)
        {
            if (!Check(f, f.Key, data[f.Key], states[f.Key], top)) continue;
            if (f.Type != FieldType.Table || data[f.Key] is not JsonArray rows) continue;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is not JsonObject row)
                {
                    errors.Add(new FieldError($"{f.Key}[{i}]", "FORM-TYPE", Text.Format("FORM-TYPE", f.Label, Text.Format("FORM-TYPE-OBJECT"))));
                    continue;
                }
                var cells = RowResults(run, f.Key, i);
                foreach (var c in f.Columns)
                {
                    var path = PathOf(f.Key, i, c.Key);
                    Check(c, path, row[c.Key], states[path], cells);
                }
            }
        }

        // Returns whether the value is there to look into further.
        bool Check(FormField f, string path, JsonNode? value, FieldState state, Dictionary<(string, SlotKind, int), bool?> r)
        {
            if (!state.Visible || state.ReadOnly) return false;
            if (IsEmpty(value))
            {
                if (state.Required) errors.Add(new FieldError(path, "FORM-REQUIRED", Text.Format(RequiredMessage(f.Type), f.Label)));
                return false;
            }
            var before = errors.Count;
            checks[f].Check(path, value!, sources, errors);
            for (var i = 0; i < f.Rules.Count; i++)
            {
                var ok = r.TryGetValue((f.Key, SlotKind.Rule, i), out var v) ? v : null;
                if (ok == false) errors.Add(new FieldError(path, "FORM-RULE", f.Rules[i].Message));
                else if (ok is null) errors.Add(new FieldError(path, "FORM-RULE-ERROR", Text.Format("FORM-RULE-ERROR", f.Label)));
            }
            return errors.Count == before || f.Type == FieldType.Table;
        }
    }

    /// <summary>Gives each empty serial-number field its number: prefix, local date (yyyyMMdd), counter.</summary>
    void Number(JsonObject data, JsonObject previous, FormEnvironment env)
    {
        if (env.Counter is not { } counter) return;
        foreach (var f in Definition.Fields.Where(f => f.Type == FieldType.Serial))
        {
            if (!IsEmpty(previous[f.Key])) { data[f.Key] = Clone(previous[f.Key]); continue; }
            var today = env.Today;
            var n = counter.Next($"{Definition.Id}/{f.Key}/{f.Prefix}", today);
            data[f.Key] = $"{f.Prefix}{today:yyyyMMdd}{n.ToString("D" + f.Digits, System.Globalization.CultureInfo.InvariantCulture)}";
        }
    }


    /// <summary>What a missing value asks for, as a person would say it: 请选择 a choice, 请上传 a file, 请签署 a signature, else 请填写.</summary>
    static string RequiredMessage(FieldType type) => type switch
    {
        FieldType.Select or FieldType.Radio or FieldType.Checkbox or FieldType.Date or FieldType.Datetime or FieldType.Place => "FORM-REQUIRED-CHOICE",
        FieldType.Attachment => "FORM-REQUIRED-UPLOAD",
        FieldType.Signature => "FORM-REQUIRED-SIGN",
        _ => "FORM-REQUIRED",
    };
}
