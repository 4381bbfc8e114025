using System.Text.Json;
using Bogus;
using Governance.Core.Definitions.Model;

namespace Governance.Demo;

/// <summary>
/// Writes demo reporters, addresses and descriptions as people in a Chinese city write them: names in Chinese order
/// without a space (王秀英, 李先生), addresses on roads named after the place (湖滨路 18 号旁边), and descriptions in
/// a resident's words per kind of problem. The words are in Data/demo-text.json.
/// </summary>
public sealed class DemoText
{
    sealed record Words(string[] Surnames, string[] GivenMale, string[] GivenFemale, string[] Titles, string[] RoadSuffixes, string[] Landmarks,
        string[] Times, string[] Tails, Dictionary<string, string[]> Templates, string[] Generic, string[] Replies, string[] DropFromItemNames,
        string[] StemSuffixes);

    static readonly Words W = Load();

    readonly Faker faker;
    public DemoText(Faker faker) => this.faker = faker;

    static Words Load()
    {
        using var stream = typeof(DemoText).Assembly.GetManifestResourceStream("demo-text.json")!;
        return JsonSerializer.Deserialize<Words>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>A full name (王秀英), or, as hotline callers often give it, surname and title (李先生).</summary>
    public string Name()
    {
        var surname = faker.PickRandom(W.Surnames);
        if (faker.Random.Bool(0.3f)) return surname + faker.PickRandom(W.Titles);
        return surname + faker.PickRandom(faker.Random.Bool() ? W.GivenMale : W.GivenFemale);
    }

    /// <summary>Where it is, near the community: 湖滨小区3栋2单元门口, 湖滨路18号旁边.</summary>
    public string Address(OrgUnit community, OrgUnit street) =>
        Fill(faker.PickRandom(W.Landmarks), community, street);

    /// <summary>What a resident would write about the item, in the words of its category.</summary>
    public string Describe(CatalogItem item, OrgUnit community, OrgUnit street)
    {
        var templates = W.Templates.GetValueOrDefault(item.Category) ?? W.Generic;
        var name = W.DropFromItemNames.Aggregate(item.Name, (n, drop) => n.Replace(drop, "", StringComparison.Ordinal));
        var text = Fill(faker.PickRandom(templates), community, street)
            .Replace("{item}", name, StringComparison.Ordinal)
            .Replace("{time}", faker.PickRandom(W.Times), StringComparison.Ordinal)
            .Replace("{tail}", faker.PickRandom(W.Tails), StringComparison.Ordinal);
        return text;
    }

    public string Reply() => faker.PickRandom(W.Replies);

    /// <summary>Fills a template's place slots; {landmark} first, so the slots of the landmark it brings in are filled by the rest.</summary>
    string Fill(string template, OrgUnit community, OrgUnit street)
    {
        var stem = Stem(community.Name);
        return template
            .Replace("{landmark}", faker.PickRandom(W.Landmarks), StringComparison.Ordinal)
            .Replace("{stem}", stem, StringComparison.Ordinal)
            .Replace("{road2}", Stem(street.Name) + faker.PickRandom(W.RoadSuffixes), StringComparison.Ordinal)
            .Replace("{road}", stem + faker.PickRandom(W.RoadSuffixes), StringComparison.Ordinal)
            .Replace("{n}", faker.Random.Int(1, 168).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{m}", faker.Random.Int(1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    static string Stem(string name)
    {
        foreach (var suffix in W.StemSuffixes)
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }
}
