namespace Governance.Core.Audit;

/// <summary>
/// One line of the audit log: who did what to what, when and from where. Kept for every read of unmasked personal
/// data, every administrative change and every sign-in failure (等保 2.0 安全审计; PIPL's record of personal data use).
/// </summary>
/// <param name="Kind">What happened, as a code: <see cref="AuditKinds"/>.</param>
/// <param name="Target">What it concerned: a case number, a username.</param>
/// <param name="County">The county the target belongs to, so a county administrator sees its own county's lines; null for the city.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string? ActorName, string? Role, string? Unit, string Kind, string? Target,
    string? Detail, string? Address, string? County);

/// <summary>Filters for the audit log; null means any. <see cref="County"/> limits to one county's lines (a county administrator).</summary>
public sealed record AuditQuery(DateTimeOffset? From = null, DateTimeOffset? To = null, string? Actor = null, string? Kind = null,
    string? Target = null, string? County = null, int Page = 1, int PageSize = 50)
{
    /// <summary>How many lines come before the page; null for a page that cannot exist.</summary>
    public int? Offset => Page < 1 || PageSize < 1 || (long)(Page - 1) * PageSize > int.MaxValue ? null : (Page - 1) * PageSize;
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total, int Page, int PageSize);

/// <summary>Where audit lines are written and read; append-only.</summary>
public interface IAuditTrail
{
    Task WriteAsync(AuditEntry entry, CancellationToken ct = default);

    /// <summary>Lines matching the query, newest first.</summary>
    Task<AuditPage> ListAsync(AuditQuery query, CancellationToken ct = default);
}

/// <summary>The kinds of audit lines the engine writes; their Chinese names are the catalog's AUDIT-… entries.</summary>
public static class AuditKinds
{
    public const string PersonalRead = "personal-read", LoginFailed = "login-failed", LoginLocked = "login-locked", Login = "login",
        Logout = "logout", Password = "password", UserChanged = "user-changed",
        ClientCall = "client-call", ClientRefused = "client-refused", ClientChanged = "client-changed";

    public static readonly IReadOnlyList<string> All = [PersonalRead, LoginFailed, LoginLocked, Login, Logout, Password, UserChanged, ClientCall, ClientRefused, ClientChanged];

    /// <summary>The catalog code of a kind's name.</summary>
    public static string Code(string kind) => "AUDIT-" + (kind == Password ? "PASSWORD" : kind.ToUpperInvariant());
}

/// <summary>The one-process twin, for tests and the command line.</summary>
public sealed class InMemoryAuditTrail : IAuditTrail
{
    readonly List<AuditEntry> entries = [];

    public Task WriteAsync(AuditEntry entry, CancellationToken ct = default)
    {
        lock (entries) entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<AuditPage> ListAsync(AuditQuery q, CancellationToken ct = default)
    {
        lock (entries)
        {
            var matches = entries.Where(e => AuditFilter.Matches(q, e)).OrderByDescending(e => e.At).ToList();
            var items = q.Offset is { } offset ? matches.Skip(offset).Take(q.PageSize).ToList() : [];
            return Task.FromResult(new AuditPage(items, matches.Count, q.Page, q.PageSize));
        }
    }
}

/// <summary>What an audit query means, in memory; the stored trail says the same in SQL.</summary>
public static class AuditFilter
{
    public static bool Matches(AuditQuery q, AuditEntry e) =>
        (q.From is null || e.At >= q.From) && (q.To is null || e.At < q.To) && (q.Actor is null || e.Actor == q.Actor)
        && (q.Kind is null || e.Kind == q.Kind) && (q.Target is null || e.Target == q.Target) && (q.County is null || e.County == q.County);
}
