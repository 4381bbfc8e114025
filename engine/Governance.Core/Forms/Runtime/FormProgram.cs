using System.Text.Json.Nodes;
using Governance.Core.Forms.Expressions;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Validation;

namespace Governance.Core.Forms.Runtime;

/// <summary>
/// All expressions of one form version in the order they run, built once per version and run once per submission on
/// the submitted data itself: row formulas of each sub-table, column totals, calculated fields (in dependency
/// order), then the conditions and rules of every field in field order, then those of sub-table columns row by row.
/// An expression that fails (<see cref="ExpressionError"/>) yields null. designer/src/forms/program.ts runs the same steps.
/// </summary>
internal sealed class FormProgram
{
    public enum SlotKind { Visible, ReadOnly, Required, Rule }
    public sealed record Slot(string Field, SlotKind Kind, int Rule, ExprNode Expression);

    /// <summary>A calculated field or column: where the value goes, how it is coerced to the field's type.</summary>
    sealed record Calculation(string Key, ExprNode Expression, char Kind);
    sealed record TableWork(string Key, string TotalKey, IReadOnlyList<Calculation> RowCalculations, IReadOnlyList<(string Key, char Kind)> Totals);

    readonly List<TableWork> tables = [];
    readonly List<Calculation> calculations;

    /// <summary>Top-level condition and rule results, in the order they run.</summary>
    public IReadOnlyList<Slot> Slots { get; }
    /// <summary>Per table: the slots of one row's results.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Slot>> ColumnSlots { get; }
    public bool HasWork { get; }

    public FormProgram(FormDefinition form)
    {
        foreach (var table in form.Fields.Where(f => f.Type == FieldType.Table))
        {
            var rowCalculations = CalculationOrder.Of(table.Columns, rowScope: true).Order.Select(Calculate).ToList();
            var totals = table.Columns.Where(c => c.Total).Select(c => (c.Key, Kind(c))).ToList();
            if (rowCalculations.Count > 0 || totals.Count > 0) tables.Add(new TableWork(table.Key, table.TotalKey, rowCalculations, totals));
        }
        calculations = CalculationOrder.Of(form.Fields, rowScope: false).Order.Select(Calculate).ToList();
        Slots = form.Fields.SelectMany(SlotsOf).ToList();
        ColumnSlots = form.Fields.Where(f => f.Type == FieldType.Table)
            .Select(t => (t.Key, Slots: (IReadOnlyList<Slot>)t.Columns.SelectMany(SlotsOf).ToList()))
            .Where(t => t.Slots.Count > 0)
            .ToDictionary(t => t.Key, t => t.Slots, StringComparer.Ordinal);
        HasWork = tables.Count > 0 || calculations.Count > 0 || Slots.Count > 0 || ColumnSlots.Count > 0;
    }

    static Calculation Calculate(FormField f) => new(f.Key, f.Calculate!.Root, Kind(f));

    /// <summary>How a calculated value is stored: n a finite number, m one rounded to fen, s a text, anything else as it is.</summary>
    static char Kind(FormField f) => f.Type switch
    {
        FieldType.Number => 'n',
        FieldType.Money => 'm',
        FieldType.Text or FieldType.Textarea or FieldType.Date or FieldType.Datetime or FieldType.Select or FieldType.Radio => 's',
        _ => ' ',
    };

    static IEnumerable<Slot> SlotsOf(FormField f)
    {
        if (f.Visible.Expression is { } v) yield return new Slot(f.Key, SlotKind.Visible, -1, v.Root);
        if (f.ReadOnly.Expression is { } ro) yield return new Slot(f.Key, SlotKind.ReadOnly, -1, ro.Root);
        if (f.Required.Expression is { } rq) yield return new Slot(f.Key, SlotKind.Required, -1, rq.Root);
        for (var i = 0; i < f.Rules.Count; i++) yield return new Slot(f.Key, SlotKind.Rule, i, f.Rules[i].Expression.Root);
    }

    /// <summary>Computes calculations into <paramref name="data"/> and returns the condition and rule results.</summary>
    public ProgramRun Run(JsonObject data, JsonObject? caseData, string step)
    {
        var scope = new ExprScope(data, caseData, step);
        foreach (var t in tables)
        {
            var rows = data[t.Key] as JsonArray;
            for (var i = 0; rows is not null && t.RowCalculations.Count > 0 && i < rows.Count; i++)
            {
                if (rows[i] is not JsonObject row) continue;
                scope.Row = row; scope.Index = i;
                foreach (var c in t.RowCalculations) row[c.Key] = Attempt(c, scope);
            }
            if (t.Totals.Count == 0) continue;
            var totals = new JsonObject();
            foreach (var (key, kind) in t.Totals) totals[key] = Coerce(ExprValue.Of(Builtins.Sum(rows, key)), kind);
            data[t.TotalKey] = totals;
        }
        scope.Row = null; scope.Index = -1;
        foreach (var c in calculations) data[c.Key] = Attempt(c, scope);

        var top = new bool?[Slots.Count];
        for (var i = 0; i < top.Length; i++) top[i] = Check(Slots[i].Expression, scope);
        var results = new Dictionary<string, bool?[][]>(StringComparer.Ordinal);
        foreach (var (key, slots) in ColumnSlots)
        {
            var rows = data[key] as JsonArray;
            var perRow = new bool?[rows?.Count ?? 0][];
            for (var r = 0; r < perRow.Length; r++)
            {
                scope.Row = rows![r] as JsonObject ?? []; scope.Index = r;
                perRow[r] = new bool?[slots.Count];
                for (var s = 0; s < slots.Count; s++) perRow[r][s] = Check(slots[s].Expression, scope);
            }
            results[key] = perRow;
        }
        return new ProgramRun(top, results);
    }

    static JsonNode? Attempt(Calculation c, ExprScope scope)
    {
        try
        {
            return Coerce(c.Expression.Evaluate(scope), c.Kind);
        }
        catch (ExpressionError)
        {
            return null;
        }
    }

    static bool? Check(ExprNode expression, ExprScope scope)
    {
        try
        {
            return Semantics.Truthy(expression.Evaluate(scope));
        }
        catch (ExpressionError)
        {
            return null;
        }
    }

    static JsonNode? Coerce(ExprValue v, char kind)
    {
        if (v.IsNullish) return null;
        return kind switch
        {
            'n' => v.Kind == ExprKind.Number ? ExprValue.NumberJson(v.Number) : null,
            'm' => v.Kind == ExprKind.Number && double.IsFinite(v.Number) ? ExprValue.NumberJson(Semantics.Round(v.Number * 100) / 100) : null,
            's' => JsonValue.Create(Semantics.ToText(v)),
            _ => v.ToJson(),
        };
    }
}

/// <summary>One run's condition and rule results: true, false, or null where the expression failed.</summary>
internal sealed record ProgramRun(bool?[] Top, IReadOnlyDictionary<string, bool?[][]> Tables)
{
    /// <summary>The top-level results by slot, built once per run: conditions, states and checks all read them.</summary>
    public Dictionary<(string, FormProgram.SlotKind, int), bool?>? TopBySlot { get; set; }
}
