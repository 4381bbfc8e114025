using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Validation;

internal static class CatalogChecks
{
    public static void Items(IReadOnlyList<CatalogItem> items, References refs, DefinitionErrors errors)
    {
        PackageValidator.Unique(items, i => i.Code, i => i.Source, Text.Format("TERM-ITEM"), errors);
        foreach (var i in items)
        {
            if (!refs.Categories.Contains(i.Category)) errors.Add(i.Source.Field("category"), "DEF-UNKNOWN-REF", Text.Format("TERM-CATEGORY"), i.Category);
            if (i.Code.Length != 5 || !i.Code.All(char.IsAsciiDigit) || !i.Code.StartsWith(i.Category, StringComparison.Ordinal))
                errors.Add(i.Source.Field("code"), "DEF-ITEM-CATEGORY-PREFIX", i.Code, i.Category);
            if (!refs.Functions.Contains(i.Department)) errors.Add(i.Source.Field("department"), "DEF-UNKNOWN-REF", Text.Format("TERM-FUNCTION"), i.Department);
            for (var u = 0; u < i.Urgencies.Count; u++)
                if (!refs.Urgencies.Contains(i.Urgencies[u]))
                    errors.Add(i.Source.Field("urgencies").Index(u), "DEF-ENUM", i.Urgencies[u], Text.Format("TERM-URGENCY"), string.Join(", ", refs.Urgencies));
            if (i.Keywords.Count == 0) errors.Add(i.Source.Field("keywords"), "DEF-EMPTY", "keywords");
            Synonyms(i, errors);
        }
    }

    /// <summary>A synonym said twice, or already a keyword or the name, is a slip worth a warning: it weighs nothing more.</summary>
    static void Synonyms(CatalogItem i, DefinitionErrors errors)
    {
        var seen = new HashSet<string>(i.Keywords.Append(i.Name), StringComparer.Ordinal);
        for (var n = 0; n < i.Synonyms.Count; n++)
            if (!seen.Add(i.Synonyms[n].Trim()))
                errors.Warn(i.Source.Field("synonyms").Index(n), "DEF-ITEM-SYNONYM-REPEATED", i.Code, i.Synonyms[n]);
    }

    public static void Limits(IReadOnlyList<LimitRule> limits, References refs, DefinitionErrors errors)
    {
        PackageValidator.Unique(limits, l => l.Key, l => l.Source, Text.Format("TERM-LIMIT"), errors);
        foreach (var l in limits)
        {
            if (l.Item is not null && !refs.Items.Contains(l.Item)) errors.Add(l.Source.Field("item"), "DEF-UNKNOWN-REF", Text.Format("TERM-ITEM"), l.Item);
            if (l.Category is not null && !refs.Categories.Contains(l.Category)) errors.Add(l.Source.Field("category"), "DEF-UNKNOWN-REF", Text.Format("TERM-CATEGORY"), l.Category);
            if (!refs.Urgencies.Contains(l.Urgency))
                errors.Add(l.Source.Field("urgency"), "DEF-ENUM", l.Urgency, Text.Format("TERM-URGENCY"), string.Join(", ", refs.Urgencies));
            else if (l.Item is not null && refs.Package.FindItem(l.Item) is { } item && !item.Urgencies.Contains(l.Urgency))
                errors.Warn(l.Source.Field("urgency"), "DEF-LIMIT-UNUSED-URGENCY", l.Item, l.Urgency);
        }
    }

    /// <summary>Every urgency an item declares must have a time limit, its own or its category's.</summary>
    public static void Coverage(EffectivePackage package, IEnumerable<CatalogItem> items, DefinitionErrors errors)
    {
        foreach (var item in items)
            for (var u = 0; u < item.Urgencies.Count; u++)
                if (package.FindLimit(item, item.Urgencies[u]) is null)
                    errors.Add(item.Source.Field("urgencies").Index(u), "DEF-LIMIT-MISSING", item.Code, item.Name, item.Urgencies[u]);
    }
}
