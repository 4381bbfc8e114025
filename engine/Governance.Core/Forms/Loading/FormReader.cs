using Governance.Core.Definitions.Loading;
using Governance.Core.Forms.Model;
using Governance.Core.Messages;

namespace Governance.Core.Forms.Loading;

/// <summary>Reads one form file into a <see cref="FormDefinition"/>; problems go to the shared error list.</summary>
internal static class FormReader
{
    /// <param name="declared">Every field key the file declares, also of fields too broken to read: references to
    /// them are not reported again as unknown.</param>
    public static FormDefinition? Read(JsonSection s, out HashSet<string> declared)
    {
        declared = new HashSet<string>(StringComparer.Ordinal);
        if (s.Element.TryGetProperty("fields", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array)
            foreach (var f in list.EnumerateArray())
                if (f.ValueKind == System.Text.Json.JsonValueKind.Object && f.TryGetProperty("key", out var k) && k.ValueKind == System.Text.Json.JsonValueKind.String)
                    declared.Add(k.GetString()!);
        s.AllowOnly("id", "version", "title", "description", "onLockedChange", "fields", "layout", "steps");
        var id = s.String("id");
        var version = s.Int("version");
        var title = s.String("title");
        if (id is not null && !FieldReader.IsKey(id.Replace('-', '_'))) s.Errors.Add(s.At.Field("id"), "DEF-FORM-ID", id);
        if (version is <= 0) s.Errors.Add(s.At.Field("version"), "DEF-FORM-VERSION", version);
        var locked = s.Has("onLockedChange") ? s.Enum<LockedChange>("onLockedChange", Text.Format("TERM-LOCKED-CHANGE")) : LockedChange.Ignore;
        var fields = s.Objects("fields").Select(f => FieldReader.Read(f, column: false)).OfType<FormField>().ToList();
        var layout = s.Has("layout") ? s.Objects("layout").Select(ReadTab).ToList() : [];
        var steps = new Dictionary<string, StepAccess>(StringComparer.Ordinal);
        if (s.Object("steps", false) is { } stepsSection)
            foreach (var p in stepsSection.Element.EnumerateObject())
                if (stepsSection.Object(p.Name) is { } step && ReadStep(step) is { } access) steps[p.Name] = access;
        if (id is null || version is not > 0 || title is null || locked is null) return null;
        return new FormDefinition(id, version.Value, title, s.String("description", false), fields, layout, steps, locked.Value, s.At);
    }

    static FormTab ReadTab(JsonSection s)
    {
        s.AllowOnly("title", "sections");
        return new FormTab(s.String("title", false), s.Objects("sections").Select(ReadSection).ToList());
    }

    static FormSection ReadSection(JsonSection s)
    {
        s.AllowOnly("title", "columns", "fields");
        var columns = s.Int("columns", false) ?? 1;
        if (columns is < 1 or > 4) s.Errors.Add(s.At.Field("columns"), "DEF-FORM-COLUMNS", columns);
        return new FormSection(s.String("title", false), Math.Clamp(columns, 1, 4), s.Strings("fields"));
    }

    static StepAccess? ReadStep(JsonSection s)
    {
        s.AllowOnly("default", "fields");
        var fallback = s.Has("default") ? s.Enum<FieldAccess>("default", Text.Format("TERM-FIELD-ACCESS")) : FieldAccess.Edit;
        var fields = new Dictionary<string, FieldAccess>(StringComparer.Ordinal);
        if (s.Object("fields", false) is { } f)
            foreach (var p in f.Element.EnumerateObject())
                if (f.Enum<FieldAccess>(p.Name, Text.Format("TERM-FIELD-ACCESS")) is { } access) fields[p.Name] = access;
        return fallback is null ? null : new StepAccess(fallback.Value, fields, s.At);
    }
}
