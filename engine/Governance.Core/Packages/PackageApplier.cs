using Governance.Core.Messages;

namespace Governance.Core.Packages;

/// <summary>Work a new package needs before it is put in force: its flows published, its new users stored.</summary>
public interface IPackageListener
{
    Task ApplyingAsync(DefinitionSet set, CancellationToken ct);
}

/// <summary>A published package that does not load: the server keeps the one in force (or, at start-up, does not start).</summary>
public sealed class PackageInvalidException(DefinitionSet set)
    : Exception(Text.Format("HOST-DEFINITIONS-INVALID", set.Name) + "\n" + string.Join("\n", set.Problems.Errors.Take(50)))
{
    public DefinitionSet Set { get; } = set;
}

/// <summary>
/// Puts the published package in force: loads it from the store when its revision changed, lets the listeners
/// prepare (flows, users), then swaps it into the provider. Every server runs this on start-up, after its own
/// publishes and whenever its watcher sees another server's publish.
/// </summary>
public sealed class PackageApplier(PackageProvider provider, IPackageStore store, IEnumerable<IPackageListener> listeners, PackageLoadOptions options)
{
    readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Loads and applies the published package if it is not the one in force. Returns whether it changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct = default)
    {
        var revision = await store.RevisionAsync(ct);
        if (provider.IsLoaded && provider.Current.Stamp?.Revision == revision) return false;
        await gate.WaitAsync(ct);
        try
        {
            var published = await store.LoadPublishedAsync(ct);
            if (provider.IsLoaded && provider.Current.Stamp?.Revision == published.Revision) return false;
            var set = DefinitionLoader.Load(published.Documents, options).WithStamp(new PackageStamp(published.Revision, published.Versions));
            if (!set.IsValid) throw new PackageInvalidException(set);
            await ApplyLockedAsync(set, ct);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Puts a set in force that did not come from the store (a fixed package for tests and the command line).</summary>
    public async Task ApplyAsync(DefinitionSet set, CancellationToken ct = default)
    {
        if (!set.IsValid) throw new PackageInvalidException(set);
        await gate.WaitAsync(ct);
        try { await ApplyLockedAsync(set, ct); }
        finally { gate.Release(); }
    }

    async Task ApplyLockedAsync(DefinitionSet set, CancellationToken ct)
    {
        foreach (var listener in listeners) await listener.ApplyingAsync(set, ct);
        provider.Swap(set);
    }
}
