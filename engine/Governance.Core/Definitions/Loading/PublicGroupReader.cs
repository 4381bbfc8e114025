using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Loading;

/// <summary>Reads catalog/public-groups.json and checks it against the city's catalog: unique codes, known items, words to find each group by.</summary>
internal static class PublicGroupReader
{
    public static IReadOnlyList<PublicGroup> Read(JsonSection root, EffectivePackage city, DefinitionErrors errors)
    {
        root.AllowOnly("groups");
        var groups = new List<PublicGroup>();
        foreach (var s in root.Objects("groups"))
        {
            s.AllowOnly("code", "name", "hint", "keywords", "items");
            var code = s.String("code"); var name = s.String("name");
            var keywords = s.Strings("keywords");
            var items = s.Strings("items");
            if (s.Has("keywords") && keywords.Count == 0) errors.Add(s.At.Field("keywords"), "DEF-EMPTY", "keywords");
            if (s.Has("items") && items.Count == 0) errors.Add(s.At.Field("items"), "DEF-EMPTY", "items");
            for (var i = 0; i < items.Count; i++)
                if (city.FindItem(items[i]) is null) errors.Add(s.At.Field("items").Index(i), "DEF-UNKNOWN-REF", Text.Format("TERM-ITEM"), items[i]);
            if (code is null || name is null || items.Count == 0) continue;
            groups.Add(new PublicGroup(code, name, s.String("hint", false), keywords, items, s.At));
        }
        PackageValidator.Unique(groups, g => g.Code, g => g.Source, Text.Format("TERM-PUBLIC-GROUP"), errors);
        return groups;
    }
}
