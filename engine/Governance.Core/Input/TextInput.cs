namespace Governance.Core.Input;

/// <summary>Checks one text field of a request against <see cref="InputLimits"/>: its length as a person sees it, and that it is not invisible.</summary>
public static class TextInput
{
    /// <summary>
    /// The text, trimmed, when it is acceptable; null when absent or empty. Refuses text longer than the field's
    /// limit and text that is not empty but holds nothing visible (zero-width characters only).
    /// </summary>
    public static string? Optional(string? value, string field, string? limitName = null)
    {
        if (value is null) return null;
        Check(value, field, limitName);
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Like <see cref="Optional"/>, but absent or blank text is refused as missing.</summary>
    public static string Required(string? value, string field, string? limitName = null) =>
        Optional(value, field, limitName) ?? throw new InputException("INPUT-REQUIRED", field, field);

    /// <summary>Refuses text over the field's limit, or with nothing visible in it. Does not change it.</summary>
    public static void Check(string value, string field, string? limitName = null)
    {
        var max = InputLimits.For(limitName ?? field);
        if (value.Length > max * InputLimits.UnitsPerCharacter)
            throw new InputException("INPUT-TOO-LONG", field, field, max, Math.Min(VisibleText.Length(value), value.Length));
        var length = VisibleText.Length(value);
        if (length > max) throw new InputException("INPUT-TOO-LONG", field, field, max, length);
        if (value.Length > 0 && VisibleText.IsBlank(value) && value.Trim().Length > 0)
            throw new InputException("INPUT-INVISIBLE", field, field);
    }
}
