using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Governance.Core.Definitions.Model;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Model;

namespace Governance.Core.Intake.Suggestions;

/// <summary>
/// Suggests catalog items for what someone wrote. A county gets a model over its own catalog (its overlay's items
/// included) and its own active learned version, so what one county's center teaches changes only its suggestions;
/// without a county, the city catalog alone answers. Models are compiled once and kept until the county's active
/// version or the package changes.
/// </summary>
public sealed class IntakeSuggester(IIntakeStore store)
{
    sealed record Entry(EffectivePackage Package, int? Version, ItemModel Model);

    readonly ConcurrentDictionary<string, Entry> counties = new(StringComparer.Ordinal);
    readonly ConditionalWeakTable<EffectivePackage, ItemModel> catalogOnly = new();

    public const int MaxLimit = 10;

    public async Task<SuggestionResult> SuggestAsync(EffectivePackage package, string? county, string text, int limit = 3, CancellationToken ct = default)
    {
        var (model, version) = county is null ? (CatalogModel(package), null) : await CountyModelAsync(package, county, ct);
        var items = model.Rank(text, Math.Clamp(limit, 1, MaxLimit)).Select(r => new ItemSuggestion(r.Item.Code, r.Item.Name, r.Item.Category,
            package.Categories.FirstOrDefault(c => c.Code == r.Item.Category)?.Name ?? r.Item.Category, r.Score, r.Confidence, r.Matched)).ToList();
        return new SuggestionResult(items, county, version);
    }

    /// <summary>The model a county answers with now, and its version (null: the catalog alone).</summary>
    public async Task<(ItemModel Model, int? Version)> CountyModelAsync(EffectivePackage package, string county, CancellationToken ct = default)
    {
        if (counties.TryGetValue(county, out var entry) && ReferenceEquals(entry.Package, package)) return (entry.Model, entry.Version);
        var active = await store.GetAsync(county, null, ct);
        var model = active is null ? CatalogModel(package)
            : ItemModel.Compile(package.Items, ModelTrainer.Features, LearnedLayer.Read(active.Payload));
        counties[county] = entry = new Entry(package, active?.Version, model);
        return (entry.Model, entry.Version);
    }

    public ItemModel CatalogModel(EffectivePackage package) => catalogOnly.GetValue(package, p => ItemModel.Compile(p.Items, ModelTrainer.Features));

    /// <summary>Drops a county's model, so the next suggestion loads its active version afresh (after training or a switch here).</summary>
    public void Forget(string county) => counties.TryRemove(county, out _);

    /// <summary>Drops the models whose county has since activated another version (on another server, say).</summary>
    public async Task SyncAsync(CancellationToken ct = default)
    {
        var active = await store.ActiveVersionsAsync(ct);
        foreach (var (county, entry) in counties)
            if (entry.Version != (active.TryGetValue(county, out var v) ? v : null)) counties.TryRemove(county, out _);
    }
}
