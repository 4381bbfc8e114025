namespace Governance.Storage.Packages;

/// <summary>The one row every server watches: the revision of the last publish and the city's scope.</summary>
public sealed class PackageHeadRecord
{
    public int Id { get; set; }
    public long Revision { get; set; }
    public string? CityScope { get; set; }
}

/// <summary>A published version of one scope. The revision is global: it orders publishes across scopes.</summary>
public sealed class PackageVersionRecord
{
    public long Revision { get; set; }
    public required string Scope { get; set; }
    public int Version { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public string? Comment { get; set; }
    public int? RestoredFrom { get; set; }
    /// <summary>The in-scope paths this version changed, as a JSON array.</summary>
    public required string ChangedJson { get; set; }
}

/// <summary>A document as a version left it; a scope's document at version N is its row with the highest version ≤ N.</summary>
public sealed class PackageDocumentRecord
{
    public required string Scope { get; set; }
    public required string Path { get; set; }
    public int Version { get; set; }
    /// <summary>The text, or null: the version removed the document.</summary>
    public string? Content { get; set; }
}

/// <summary>A document of a scope's draft; null content: the draft removes it.</summary>
public sealed class PackageDraftRecord
{
    public required string Scope { get; set; }
    public required string Path { get; set; }
    public string? Content { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What an administrator did (publish, restore, a user disabled …).</summary>
public sealed class AdminAuditRecord
{
    public required string Id { get; set; }
    public DateTimeOffset At { get; set; }
    public long AtMs { get; set; }
    public required string Username { get; set; }
    public required string Action { get; set; }
    public string? Scope { get; set; }
    public int? Version { get; set; }
    public string? Detail { get; set; }
}
