using System.Security.Cryptography;
using System.Text;

namespace Governance.Core.Integrations;

/// <summary>
/// Another system that calls the center with a key of its own (a city app, the hotline platform, a video vendor):
/// what it may do (<see cref="Scopes"/>), who registered it and in which county. Only the key's hash is kept.
/// </summary>
public sealed record ApiClient(string Id, string Name, IReadOnlyList<string> Scopes, string KeyHash, string KeyPrefix, string? County,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RotatedAt, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;

    public bool Has(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}

/// <summary>The scopes a client may be given; each names an area of the API it may call.</summary>
public static class ApiScopes
{
    public const string Open311 = "open311", CasesRead = "cases:read", CasesWrite = "cases:write", Webhooks = "webhooks";

    public static readonly IReadOnlyList<string> All = [Open311, CasesRead, CasesWrite, Webhooks];
}

/// <summary>Keys: random, shown once, kept as a SHA-256 hash (a key is 256 random bits, so no slow hash is needed to resist guessing).</summary>
public static class ApiKeys
{
    public const string Prefix = "gk_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>What a list shows to tell keys apart without revealing them.</summary>
    public static string Visible(string key) => key[..Math.Min(key.Length, Prefix.Length + 6)] + "…";
}

/// <summary>Where clients are kept: every server of one database reads the same ones.</summary>
public interface IApiClientStore
{
    Task AddAsync(ApiClient client, CancellationToken ct = default);
    Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken ct = default);
    Task<ApiClient?> GetAsync(string id, CancellationToken ct = default);
    Task<ApiClient?> FindByKeyHashAsync(string keyHash, CancellationToken ct = default);
    /// <summary>Replaces a client's key (hash and visible prefix); false when it does not exist or is revoked.</summary>
    Task<bool> RotateAsync(string id, string keyHash, string keyPrefix, DateTimeOffset at, CancellationToken ct = default);
    Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken ct = default);
}
