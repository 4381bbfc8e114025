using System.Globalization;
using System.Text;

namespace Governance.Core.Input;

/// <summary>
/// Text as a person sees it: lengths in text elements (grapheme clusters), so an emoji or a character with its
/// combining marks counts once whatever its UTF-16 length; and whether anything visible is there at all.
/// </summary>
public static class VisibleText
{
    /// <summary>The number of characters a person sees.</summary>
    public static int Length(string s)
    {
        // Plain text (no surrogates, combining marks or joiners) is the common case: one char, one element.
        if (s.All(c => c < '\u0300' && c != '\r')) return s.Length; // CR LF is one element
        return new StringInfo(s).LengthInTextElements;
    }

    /// <summary>True when the text holds nothing a person can see: only white space, zero-width or other format and control characters.</summary>
    public static bool IsBlank(string? s)
    {
        if (string.IsNullOrEmpty(s)) return true;
        foreach (var rune in s.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) continue;
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                case UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    continue;
            }
            // Hangul fillers and braille blank render as nothing in every font we know of.
            if (rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800) continue;
            return false;
        }
        return true;
    }

    /// <summary>At most <paramref name="maxUnits"/> UTF-16 units of the text, never cutting a character in two (for a log line or an audit column).</summary>
    public static string Prefix(string s, int maxUnits)
    {
        if (s.Length <= maxUnits) return s;
        var length = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (length + rune.Utf16SequenceLength > maxUnits) break;
            length += rune.Utf16SequenceLength;
        }
        return s[..length];
    }
}
