using Governance.Core.Definitions.Model;

namespace Governance.Core.Forms.Model;

/// <summary>
/// One version of a form, as defined in definitions/forms/*.json. A case keeps the (id, version) it was
/// filled with; a new version is a new file with the same id.
/// </summary>
public sealed record FormDefinition(
    string Id,
    int Version,
    string Title,
    string? Description,
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<FormTab> Layout,
    IReadOnlyDictionary<string, StepAccess> Steps,
    LockedChange OnLockedChange,
    SourceRef Source)
{
    public string Key => $"{Id}@{Version}";

    /// <summary>The top-level field with this key, or null.</summary>
    public FormField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>A tab of the layout; a form without tabs has one tab with no title.</summary>
public sealed record FormTab(string? Title, IReadOnlyList<FormSection> Sections);

/// <summary>A titled block of fields laid out in 1–4 columns.</summary>
public sealed record FormSection(string? Title, int Columns, IReadOnlyList<string> Fields);

/// <summary>What a step may do with each field: the step's default and the fields that differ from it.</summary>
public sealed record StepAccess(FieldAccess Default, IReadOnlyDictionary<string, FieldAccess> Fields, SourceRef Source)
{
    public FieldAccess For(string key) => Fields.TryGetValue(key, out var a) ? a : Default;

    public static StepAccess EditAll { get; } = new(FieldAccess.Edit, new Dictionary<string, FieldAccess>(), SourceRef.None);
}

/// <summary>Per-step field permission.</summary>
public enum FieldAccess { Edit, Read, Hidden }

/// <summary>
/// What the server does when a submission changes a field the step may not change (read-only or hidden,
/// by permission or by a readOnly condition): keep the previous value silently, or refuse the submission.
/// </summary>
public enum LockedChange { Ignore, Refuse }
