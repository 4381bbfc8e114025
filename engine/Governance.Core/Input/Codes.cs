namespace Governance.Core.Input;

/// <summary>Enum values as the API spells them: names only, never numbers ("1" is not a satisfaction).</summary>
public static class Codes
{
    public static T? Parse<T>(string? text) where T : struct, Enum =>
        !string.IsNullOrEmpty(text) && !char.IsAsciiDigit(text[0]) && text[0] != '-' && text[0] != '+'
        && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
