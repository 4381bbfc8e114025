using System.Text;

namespace Governance.Core.Intake.Features;

/// <summary>
/// Puts what people type into one form before it is compared: full-width letters and digits become half-width
/// (NFKC), Latin letters lower case, and every run of punctuation or space one separator, so that "Ｋ Ｔ Ｖ！" and
/// "ktv" read alike and no n-gram spans a sentence break.
/// </summary>
public static class TextNormalizer
{
    public const char Separator = ' ';

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var lastWasSeparator = true;
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
                lastWasSeparator = false;
            }
            else if (!lastWasSeparator)
            {
                builder.Append(Separator);
                lastWasSeparator = true;
            }
        }
        if (builder.Length > 0 && builder[^1] == Separator) builder.Length--;
        return builder.ToString();
    }

    /// <summary>
    /// The normalized text without separators or 的: what phrases are looked for in, so that 燃气的井盖 finds 燃气井盖.
    /// Phrases are put in the same form.
    /// </summary>
    public static string PhraseForm(string text) =>
        string.Concat(Normalize(text).Where(c => c != Separator && c != Of));

    /// <summary>The possessive particle, a part of the language rather than a message.</summary>
    const char Of = '的';
}
