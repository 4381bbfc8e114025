using System.Text.RegularExpressions;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Forms.Model;

namespace Governance.Core.Forms.Validation;

/// <summary>Checks within one form: keys, expressions and what they read, options, limits, patterns, layout and step permissions.</summary>
internal static class FormChecks
{
    /// <param name="declared">Keys of fields the reader could not read: already reported, so not unknown here.</param>
    public static void Check(FormDefinition form, IReadOnlySet<string> declared, DefinitionErrors errors)
    {
        var topKeys = Unique(form.Fields, errors);
        var dataKeys = new HashSet<string>(topKeys.Concat(declared), StringComparer.Ordinal);
        foreach (var table in form.Fields.Where(f => f.Type == FieldType.Table && f.Columns.Any(c => c.Total)))
            if (!dataKeys.Add(table.TotalKey)) errors.Add(table.Source.Field("key"), "DEF-FORM-TOTAL-KEY", table.TotalKey);

        foreach (var field in form.Fields)
        {
            Field(field, dataKeys, rowKeys: null, errors);
            if (field.Type != FieldType.Table) continue;
            if (field.Columns.Count == 0) errors.Add(field.Source.Field("columns"), "DEF-EMPTY", "columns");
            var rowKeys = Unique(field.Columns, errors);
            foreach (var column in field.Columns) Field(column, dataKeys, rowKeys, errors);
            if (CalculationOrder.Of(field.Columns, rowScope: true).Cycle is { } rowCycle)
                errors.Add(field.Source.Field("columns"), "DEF-FORM-CALC-CYCLE", string.Join(" → ", rowCycle));
        }
        if (CalculationOrder.Of(form.Fields, rowScope: false).Cycle is { } cycle)
            errors.Add(form.Source.Field("fields"), "DEF-FORM-CALC-CYCLE", string.Join(" → ", cycle));

        Layout(form, topKeys, declared, errors);
        foreach (var (step, access) in form.Steps)
            foreach (var key in access.Fields.Keys.Where(k => !dataKeys.Contains(k)))
                errors.Add(access.Source.Field("fields").Field(key), "DEF-FORM-STEP-FIELD", step, key);
    }

    static HashSet<string> Unique(IReadOnlyList<FormField> fields, DefinitionErrors errors)
    {
        var seen = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var f in fields)
            if (!seen.TryAdd(f.Key, f.Source)) errors.Add(f.Source.Field("key"), "DEF-FORM-DUPLICATE-KEY", f.Key, seen[f.Key]);
        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    static void Field(FormField f, HashSet<string> dataKeys, HashSet<string>? rowKeys, DefinitionErrors errors)
    {
        foreach (var e in Expressions(f))
        {
            foreach (var r in e.DataRefs.Where(r => !dataKeys.Contains(r)).Order(StringComparer.Ordinal))
                errors.Add(e.At, "DEF-FORM-EXPR-UNKNOWN-FIELD", e.Text, "data." + r);
            foreach (var r in e.RowRefs.Where(r => rowKeys is null || !rowKeys.Contains(r)).Order(StringComparer.Ordinal))
                errors.Add(e.At, "DEF-FORM-EXPR-UNKNOWN-FIELD", e.Text, "row." + r);
        }
        if (f.Min is { } min && f.Max is { } max && min > max) errors.Add(f.Source.Field("min"), "DEF-FORM-MIN-MAX", "min", min, "max", max);
        if (f.MinLength is { } minL && f.MaxLength is { } maxL && minL > maxL)
            errors.Add(f.Source.Field("minLength"), "DEF-FORM-MIN-MAX", "minLength", minL, "maxLength", maxL);
        if (f.MinCount is { } minC && f.MaxCount is { } maxC && minC > maxC)
            errors.Add(f.Source.Field("minCount"), "DEF-FORM-MIN-MAX", "minCount", minC, "maxCount", maxC);
        foreach (var (name, value) in new[] { ("minLength", f.MinLength), ("maxLength", f.MaxLength), ("minCount", f.MinCount), ("maxCount", f.MaxCount), ("maxSizeKb", f.MaxSizeKb) })
            if (value is < 0 || (name == "maxSizeKb" && value == 0)) errors.Add(f.Source.Field(name), "DEF-FORM-NEGATIVE", name, value);
        if (f.Type == FieldType.Serial && f.Digits is < 1 or > 12) errors.Add(f.Source.Field("digits"), "DEF-FORM-NEGATIVE", "digits", f.Digits);
        if (f.Pattern is { } pattern && PatternError(pattern) is { } why) errors.Add(f.Source.Field("pattern"), "DEF-FORM-PATTERN", pattern, why);
        if (f.IsChoice)
        {
            if ((f.Options is null) == (f.OptionSource is null)) errors.Add(f.Source, "DEF-FORM-OPTIONS", f.Key);
            if (f.OptionSource is { } source && !FormSourceNames.All.Contains(source))
                errors.Add(f.Source.Field("source"), "DEF-FORM-SOURCE", source, string.Join(", ", FormSourceNames.All));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (f.Options?.Count ?? 0); i++)
                if (!seen.Add(f.Options![i].Value)) errors.Add(f.Source.Field("options").Index(i), "DEF-FORM-OPTION-DUPLICATE", f.Options[i].Value);
        }
        if (f.DefaultFrom is { } from && !from.Split('.').All(FieldReaderKey))
            errors.Add(f.Source.Field("defaultFrom"), "DEF-FORM-DEFAULT-FROM", from);
    }

    static bool FieldReaderKey(string part) => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    internal static IEnumerable<FormExpression> Expressions(FormField f)
    {
        foreach (var c in new[] { f.Visible, f.Required, f.ReadOnly })
            if (c.Expression is { } e) yield return e;
        if (f.Calculate is { } calc) yield return calc;
        foreach (var r in f.Rules) yield return r.Expression;
    }

    /// <summary>
    /// Patterns run as .NET regular expressions in ECMAScript mode on the server and as RegExp in the browser;
    /// ECMAScript mode refuses what the two would read differently (lookbehind, named groups, \p{…}).
    /// </summary>
    static string? PatternError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromMilliseconds(100));
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    static void Layout(FormDefinition form, HashSet<string> keys, IReadOnlySet<string> declared, DefinitionErrors errors)
    {
        if (form.Layout.Count == 0) return;
        var placed = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < form.Layout.Count; t++)
            for (var s = 0; s < form.Layout[t].Sections.Count; s++)
            {
                var section = form.Layout[t].Sections[s];
                for (var i = 0; i < section.Fields.Count; i++)
                {
                    var at = form.Source.Field("layout").Index(t).Field("sections").Index(s).Field("fields").Index(i);
                    var key = section.Fields[i];
                    if (!keys.Contains(key)) { if (!declared.Contains(key)) errors.Add(at, "DEF-FORM-LAYOUT-UNKNOWN", key); }
                    else if (!placed.Add(key)) errors.Add(at, "DEF-FORM-LAYOUT-TWICE", key);
                }
            }
        foreach (var f in form.Fields.Where(f => !placed.Contains(f.Key)))
            errors.Warn(f.Source, "DEF-FORM-LAYOUT-MISSING", f.Key, f.Label);
    }
}

/// <summary>The option sources a choice field may name; the host resolves them (see <c>IFormSources</c>).</summary>
public static class FormSourceNames
{
    public const string Catalog = "catalog", Categories = "categories", Channels = "channels", Urgencies = "urgencies",
        Units = "units", Grids = "grids", Departments = "departments", Functions = "functions", Users = "users";

    public static IReadOnlyList<string> All { get; } = [Catalog, Categories, Channels, Urgencies, Units, Grids, Departments, Functions, Users];
}
