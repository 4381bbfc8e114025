using System.Text.Json.Nodes;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Forms.Model;

public enum FieldType { Text, Textarea, Number, Money, Date, Datetime, Select, Radio, Checkbox, Place, Attachment, Signature, Serial, Table }

/// <summary>
/// One field of a form, or one column of a sub-table. Only the properties its type allows are set; the
/// loader reports the others as unknown.
/// </summary>
public sealed record FormField
{
    public required string Key { get; init; }
    public required FieldType Type { get; init; }
    public required string Label { get; init; }
    public required SourceRef Source { get; init; }
    public string? Placeholder { get; init; }
    /// <summary>
    /// Personal data of someone outside the government (a reporter's name or phone, a party to a dispute): shown only
    /// to the roles the disclosure policy lets see it, masked for everyone else (Cases/Disclosure).
    /// </summary>
    public bool Personal { get; init; }
    public string? Help { get; init; }
    /// <summary>Shown to the person who reported the case on the tracking page (a reply's 处置措施): the answer they are owed.</summary>
    public bool Public { get; init; }

    public Condition Required { get; init; } = Condition.False;
    public Condition Visible { get; init; } = Condition.True;
    public Condition ReadOnly { get; init; } = Condition.False;
    /// <summary>Null: the form's default.</summary>
    public LockedChange? OnLockedChange { get; init; }

    public FormExpression? Calculate { get; init; }
    public JsonNode? Default { get; init; }
    /// <summary>A dotted path into the case data (<c>reporter.phone</c>) giving the initial value.</summary>
    public string? DefaultFrom { get; init; }
    public IReadOnlyList<FieldRule> Rules { get; init; } = [];

    // number, money
    public double? Min { get; init; }
    public double? Max { get; init; }
    public bool Integer { get; init; }
    public string? Unit { get; init; }
    // text, textarea
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public string? Pattern { get; init; }
    public string? PatternMessage { get; init; }
    // select, radio, checkbox
    public IReadOnlyList<FieldOption>? Options { get; init; }
    public string? OptionSource { get; init; }
    // checkbox, attachment, table (rows)
    public int? MinCount { get; init; }
    public int? MaxCount { get; init; }
    // attachment, signature
    public IReadOnlyList<string> Accept { get; init; } = [];
    public int? MaxSizeKb { get; init; }
    // serial
    public string? Prefix { get; init; }
    public int Digits { get; init; } = 4;
    // table
    public IReadOnlyList<FormField> Columns { get; init; } = [];
    /// <summary>On a number or money column: its sum is kept in <c>data[tableKey + "Total"][columnKey]</c>.</summary>
    public bool Total { get; init; }

    public bool IsChoice => Type is FieldType.Select or FieldType.Radio or FieldType.Checkbox;
    public bool IsNumeric => Type is FieldType.Number or FieldType.Money;
    public bool IsText => Type is FieldType.Text or FieldType.Textarea;

    /// <summary>The key under which a table's column totals are kept.</summary>
    public string TotalKey => Key + "Total";
}

/// <summary>A static option of a choice field.</summary>
public sealed record FieldOption(string Value, string Label);

/// <summary>A custom rule: an expression that is truthy when the value is acceptable, and the message shown when not.</summary>
public sealed record FieldRule(FormExpression Expression, string Message);

/// <summary>A fixed true/false or an expression evaluated on the form data.</summary>
public sealed record Condition(bool Value, FormExpression? Expression)
{
    public static Condition True { get; } = new(true, null);
    public static Condition False { get; } = new(false, null);
    public bool IsDynamic => Expression is not null;
}
