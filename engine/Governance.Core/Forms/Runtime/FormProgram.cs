using System.Text;
using Governance.Core.Expressions;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Validation;

namespace Governance.Core.Forms.Runtime;

/// <summary>
/// All expressions of one form as one JavaScript program, parsed once per form version and run once per
/// submission (one engine entry instead of one per expression). It computes, in this order: row formulas of
/// each sub-table, column totals, calculated fields (in dependency order), then the conditions and rules of
/// every field in field order, then those of sub-table columns row by row. An expression that throws yields null.
/// It returns <c>{ c: calculated values, x: [top-level results], t: { table: [[row results]] } }</c>; which slot is
/// which is kept in <see cref="Slots"/> and <see cref="ColumnSlots"/>. function calls are the dearest thing in the interpreter, so
/// results go to locals and coercions are inlined rather than called.
/// </summary>
internal sealed class FormProgram
{
    public PreparedScript Script { get; }
    /// <summary>The helpers (<see cref="FormPrelude"/>), defined once per engine rather than per submission.</summary>
    public static PreparedScript Library { get; } = PreparedScript.Parse(FormPrelude.Source);
    /// <summary>Top-level condition and rule results, in the order the program pushes them.</summary>
    public IReadOnlyList<Slot> Slots { get; }
    /// <summary>Per table: the slots of one row's results.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Slot>> ColumnSlots { get; }
    /// <summary>Keys of <c>c</c>: calculated fields, totals and tables that have row formulas.</summary>
    public IReadOnlyList<string> CalculatedKeys { get; }
    public bool HasWork { get; }
    /// <summary>The top-level keys the program reads or writes, or null when an expression may read any field.</summary>
    public IReadOnlyList<string>? InputKeys { get; }

    public enum SlotKind { Visible, ReadOnly, Required, Rule }
    public sealed record Slot(string Field, SlotKind Kind, int Rule = -1);

    public FormProgram(FormDefinition form)
    {
        var js = new StringBuilder("(function () {\n'use strict';\n")
            .Append("var data = input.data, caseData = input.caseData, step = input.step, $t = {}, $r, $i, $o, $v, row, index;\n");
        var calculated = new List<string>();
        var work = false;
        foreach (var table in form.Fields.Where(f => f.Type == FieldType.Table))
        {
            var rowCalcs = CalculationOrder.Of(table.Columns, rowScope: true).Order;
            var totals = table.Columns.Where(c => c.Total).ToList();
            if (rowCalcs.Count == 0 && totals.Count == 0) continue;
            work = true;
            js.Append("$r = data.").Append(table.Key).Append(";\nif (Object.prototype.toString.call($r) === '[object Array]') {\n");
            if (rowCalcs.Count > 0)
            {
                js.Append("for ($i = 0; $i < $r.length; $i++) { row = $r[$i]; index = $i; if (row === null || typeof row !== 'object') continue;\n");
                foreach (var c in rowCalcs) Assign(js, "row." + c.Key, c, c.Calculate!);
                js.Append("}\n");
                calculated.Add(table.Key);
            }
            js.Append("}\n");
            if (totals.Count > 0)
            {
                js.Append("data.").Append(table.TotalKey).Append(" = {");
                js.AppendJoin(", ", totals.Select(c => $"{c.Key}: $value(sum($r, '{c.Key}'), '{Kind(c)}')"));
                js.Append("};\n");
                calculated.Add(table.TotalKey);
            }
        }
        js.Append("row = undefined; index = undefined;\n");
        foreach (var f in CalculationOrder.Of(form.Fields, rowScope: false).Order)
        {
            work = true;
            Assign(js, "data." + f.Key, f, f.Calculate!);
            calculated.Add(f.Key);
        }

        var slots = new List<Slot>();
        foreach (var f in form.Fields) work |= Checks(js, "$x", f, slots);
        var columnSlots = new Dictionary<string, IReadOnlyList<Slot>>(StringComparer.Ordinal);
        foreach (var table in form.Fields.Where(f => f.Type == FieldType.Table))
        {
            var body = new StringBuilder();
            var rowSlots = new List<Slot>();
            foreach (var c in table.Columns) Checks(body, "$o", c, rowSlots);
            if (rowSlots.Count == 0) continue;
            work = true;
            columnSlots[table.Key] = rowSlots;
            js.Append("$r = data.").Append(table.Key).Append("; $t.").Append(table.Key).Append(" = [];\n")
              .Append("if (Object.prototype.toString.call($r) === '[object Array]') for ($i = 0; $i < $r.length; $i++) { $o = []; row = $r[$i]; index = $i;\n")
              .Append("if (row === null || typeof row !== 'object') row = {};\n")
              .Append(body).Append("$t.").Append(table.Key).Append(".push($o); }\n");
        }
        if (slots.Count > 0) js.Append("var ").AppendJoin(", ", slots.Select((_, i) => "$x" + i)).Append(";\n"); // hoisted: declared once, anywhere
        js.Append("return { c: {").AppendJoin(", ", calculated.Select(k => $"{k}: data.{k}")).Append("}, x: [")
          .AppendJoin(", ", slots.Select((_, i) => "$x" + i)).Append("], t: $t };\n})()");
        Script = PreparedScript.Parse(js.ToString());
        Slots = slots;
        ColumnSlots = columnSlots;
        CalculatedKeys = calculated;
        HasWork = work;
        var expressions = form.Fields.SelectMany(f => FormChecks.Expressions(f).Concat(f.Columns.SelectMany(FormChecks.Expressions))).ToList();
        if (!expressions.Any(e => e.ReadsAllData))
            InputKeys = expressions.SelectMany(e => e.DataRefs).Concat(calculated)
                .Concat(form.Fields.Where(f => f.Type == FieldType.Table && f.Columns.Any(c => c.Total || FormChecks.Expressions(c).Any())).Select(f => f.Key))
                .Distinct(StringComparer.Ordinal).ToList();
    }

    static string Kind(FormField f) => f.Type switch
    {
        FieldType.Number => "n",
        FieldType.Money => "m",
        FieldType.Text or FieldType.Textarea or FieldType.Date or FieldType.Datetime or FieldType.Select or FieldType.Radio => "s",
        _ => "",
    };

    // The coercion of $value (FormPrelude), inlined: a function call costs more than the coercion itself.
    static void Assign(StringBuilder js, string target, FormField f, FormExpression e)
    {
        js.Append("try { $v = (\n").Append(e.Text).Append("\n); ").Append(target).Append(" = ").Append(Kind(f) switch
        {
            "n" => "typeof $v === 'number' && isFinite($v) ? $v : null",
            "m" => "typeof $v === 'number' && isFinite($v) ? Math.round($v * 100) / 100 : null",
            "s" => "$v === undefined || $v === null ? null : String($v)",
            _ => "$v === undefined ? null : $v",
        }).Append("; } catch (e) { ").Append(target).Append(" = null; }\n");
    }

    static bool Checks(StringBuilder js, string list, FormField f, List<Slot> slots)
    {
        var any = false;
        void Push(FormExpression e, SlotKind kind, int rule = -1)
        {
            // Top level: one local per slot ($x0, $x1…); in a sub-table row: the row's list.
            var target = list == "$x" ? "$x" + slots.Count : $"{list}[{slots.Count}]";
            js.Append("try { ").Append(target).Append(" = !!(\n").Append(e.Text).Append("\n); } catch (e) { ").Append(target).Append(" = null; }\n");
            slots.Add(new Slot(f.Key, kind, rule));
            any = true;
        }
        if (f.Visible.Expression is { } v) Push(v, SlotKind.Visible);
        if (f.ReadOnly.Expression is { } ro) Push(ro, SlotKind.ReadOnly);
        if (f.Required.Expression is { } rq) Push(rq, SlotKind.Required);
        for (var i = 0; i < f.Rules.Count; i++) Push(f.Rules[i].Expression, SlotKind.Rule, i);
        return any;
    }
}
