namespace Governance.Storage.Security;

/// <summary>A throttle counter: hits of one key in the window that ends at <see cref="WindowEndsMs"/>.</summary>
public sealed class ThrottleRecord
{
    public required string Key { get; set; }
    public int Count { get; set; }
    public long WindowEndsMs { get; set; }
}

/// <summary>A signed-in session (cookie or bearer token), with the user's security stamp it was issued under.</summary>
public sealed class SessionRecord
{
    public required string Id { get; set; }
    public required string Username { get; set; }
    public required string Stamp { get; set; }
    public long CreatedAtMs { get; set; }
    public long ExpiresAtMs { get; set; }
    public long? RevokedAtMs { get; set; }
    public string? Address { get; set; }
}

/// <summary>One line of the audit log; never updated.</summary>
public sealed class AuditRecord
{
    /// <summary>A version 7 GUID: unique without a database sequence, and in time order.</summary>
    public required string Id { get; set; }
    public DateTimeOffset At { get; set; }
    public long AtMs { get; set; }
    public required string Actor { get; set; }
    public string? ActorName { get; set; }
    public string? Role { get; set; }
    public string? Unit { get; set; }
    public required string Kind { get; set; }
    public string? Target { get; set; }
    public string? Detail { get; set; }
    public string? Address { get; set; }
    public string? County { get; set; }
}

/// <summary>A key of the ASP.NET Core data protection key ring, shared by every server so each reads the others' cookies and tokens.</summary>
public sealed class DataProtectionKeyRecord
{
    public required string Name { get; set; }
    public required string Xml { get; set; }
}
