using Governance.Core.Input;

namespace Governance.Core.Cases.Disclosure;

/// <summary>
/// Masks personal data for roles that do not need it: a name keeps its first character (王**), a phone or an ID
/// number its last four digits (*******5678) — too few to find the case on the public page by guessing the rest.
/// </summary>
public static class Masking
{
    public static string? Name(string? name)
    {
        if (string.IsNullOrEmpty(name)) return name;
        var first = System.Globalization.StringInfo.GetNextTextElement(name);
        return first + new string('*', Math.Max(1, VisibleText.Length(name) - 1));
    }

    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return phone;
        var digits = phone.Count(char.IsAsciiDigit);
        var keep = digits >= 8 ? 4 : 0;
        var seen = 0;
        return new string(phone.Select(ch => !char.IsAsciiDigit(ch) ? ch : ++seen > digits - keep ? ch : '*').ToArray());
    }

    /// <summary>A personal value of a form: numbers (phones, ID numbers) as a phone, anything else as a name.</summary>
    public static string Value(string value) => value.Count(char.IsAsciiDigit) >= 7 ? Phone(value)! : Name(value)!;
}
