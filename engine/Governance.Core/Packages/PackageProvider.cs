namespace Governance.Core.Packages;

/// <summary>
/// Hands out the package in force now. An operation takes <see cref="Current"/> once and works on that set
/// throughout, so a publish in the middle of it changes nothing it sees; the next operation sees the new one.
/// </summary>
public interface IPackageProvider
{
    DefinitionSet Current { get; }
}

/// <summary>
/// The current package, swapped whole when a new version is published (by this server or, seen by its watcher,
/// another one on the same database). Only a valid set is ever put in force.
/// </summary>
public sealed class PackageProvider : IPackageProvider
{
    DefinitionSet? current;

    public PackageProvider() { }

    public PackageProvider(DefinitionSet set) => Swap(set);

    /// <summary>The package in force; throws until the host has loaded one (start-up does, before serving).</summary>
    public DefinitionSet Current => Volatile.Read(ref current)
        ?? throw new InvalidOperationException("no package is in force yet: the host loads one at start-up");

    public bool IsLoaded => Volatile.Read(ref current) is not null;

    /// <summary>Called after each swap, with the set now in force (users to seed, flows to publish, caches to drop).</summary>
    public event Action<DefinitionSet>? Changed;

    public void Swap(DefinitionSet set)
    {
        if (!set.IsValid) throw new ArgumentException("only a valid package is put in force: " + string.Join("; ", set.Problems.Errors.Take(3)), nameof(set));
        Volatile.Write(ref current, set);
        Changed?.Invoke(set);
    }
}
