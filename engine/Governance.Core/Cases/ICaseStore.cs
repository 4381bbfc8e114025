using Governance.Core.Calendar;
using Governance.Core.Cases.Model;

namespace Governance.Core.Cases;

/// <summary>Filters for the case list; null means any.</summary>
public sealed record CaseQuery(
    CaseStatus? Status = null, string? ItemCode = null, string? CategoryCode = null, string? UnitCode = null, string? DepartmentCode = null,
    string? Channel = null, WarningLevel? Warning = null, DateTimeOffset? From = null, DateTimeOffset? To = null, string? Text = null,
    CaseScope? Scope = null, int Page = 1, int PageSize = 20)
{
    /// <summary>How many cases come before the page; null for a page that cannot exist (before the first, or past any count).</summary>
    public int? Offset => Page < 1 || PageSize < 1 || (long)(Page - 1) * PageSize > int.MaxValue ? null : (Page - 1) * PageSize;
}

/// <summary>
/// What a user may see, as a filter the store can run: cases placed under <see cref="PlaceUnderCode"/>, or
/// with a task (past or present) for the unit or department, or reported by the user. Null fields do not filter;
/// <see cref="All"/> sees everything.
/// </summary>
public sealed record CaseScope(bool All, string? PlaceUnderCode, string? TaskUnitCode, string? TaskDepartmentCode, string? ReporterUsername);

public sealed record CasePage(IReadOnlyList<Case> Items, int Total, int Page, int PageSize);

/// <summary>
/// Which tasks an actor works (<see cref="Services.Permissions.InboxOf"/>): of these roles, of this department when
/// one is named, naming no department when <see cref="WithoutDepartment"/>, at one of these units (null: any).
/// </summary>
public sealed record InboxQuery(IReadOnlyList<Definitions.Model.Role> Roles, string? DepartmentCode, bool WithoutDepartment,
    IReadOnlyList<string>? UnitCodes, int Limit = 100);

public sealed record InboxItem(CaseTask Task, Case Case);

/// <summary>Where cases, tasks and the case journal live. Every write is one transaction.</summary>
public interface ICaseStore
{
    Task<Case?> GetAsync(string id, CancellationToken ct = default);
    Task<Case?> GetByNumberAsync(string number, CancellationToken ct = default);
    Task<Case?> GetByInstanceAsync(string instanceId, CancellationToken ct = default);
    Task<Case?> FindByIdempotencyKeyAsync(string key, CancellationToken ct = default);
    Task<CaseTask?> GetTaskAsync(string id, CancellationToken ct = default);
    Task<IReadOnlyList<CaseTask>> GetTasksAsync(string caseId, CancellationToken ct = default);

    /// <summary>The case a task belongs to, with all its tasks (oldest first); null when there is no such task.</summary>
    Task<(Case Case, IReadOnlyList<CaseTask> Tasks)?> GetWithTaskAsync(string taskId, CancellationToken ct = default);

    /// <summary>A case with all its tasks (oldest first); null when there is no such case.</summary>
    Task<(Case Case, IReadOnlyList<CaseTask> Tasks)?> GetWithTasksAsync(string caseId, CancellationToken ct = default);
    Task<IReadOnlyList<CaseJournalEntry>> GetJournalAsync(string caseId, CancellationToken ct = default);

    /// <summary>The next daily sequence number for a county, allocated in its own transaction.</summary>
    Task<int> NextSequenceAsync(string countyCode, DateOnly day, CancellationToken ct = default);

    /// <summary>Writes a change in one transaction; throws <see cref="ConcurrencyException"/> when a version no longer matches.</summary>
    Task SaveAsync(CaseChange change, CancellationToken ct = default);

    Task<CasePage> SearchAsync(CaseQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<InboxItem>> InboxAsync(InboxQuery query, CancellationToken ct = default);

    /// <summary>Open tasks whose next warning is due, claimed with a lease so that one process raises each.</summary>
    Task<IReadOnlyList<string>> ClaimDueWarningsAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default);

    /// <summary>Open cases placed under <paramref name="placePrefix"/> reported since a time, newest first: duplicate candidates.</summary>
    Task<IReadOnlyList<Case>> FindOpenNearAsync(string placePrefix, DateTimeOffset since, int limit, CancellationToken ct = default);

    /// <summary>The attachments of a case, without their bytes.</summary>
    Task<IReadOnlyList<Attachment>> GetAttachmentsAsync(string caseId, CancellationToken ct = default);

    /// <summary>One attachment with its bytes.</summary>
    Task<Attachment?> GetAttachmentAsync(string id, CancellationToken ct = default);
}
