using Governance.Core.Intake.Features;

namespace Governance.Core.Intake.Duplicates;

/// <summary>
/// How alike two descriptions read: the Dice coefficient of their character bigrams (0 nothing shared, 1 the same
/// bigrams). Two people describing one overflowing bin share 垃圾, 桶满, 溢出 whatever else they say.
/// </summary>
public static class TextSimilarity
{
    public static double Of(string a, string b)
    {
        var x = Bigrams(a);
        var y = Bigrams(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var shared = x.Count(y.Contains);
        return 2.0 * shared / (x.Count + y.Count);
    }

    static HashSet<string> Bigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in TextNormalizer.Normalize(text).Split(TextNormalizer.Separator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (run.Length == 1) set.Add(run);
            for (var i = 0; i + 2 <= run.Length; i++) set.Add(run.Substring(i, 2));
        }
        return set;
    }
}
