using Governance.Core.Calendar;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Cases;

// Lists, inbox and warning claims, in SQL (figures are the read side's: Governance.Storage/ReadSide). CaseFilter says the same in memory.
public sealed partial class EfCaseStore
{
    public async Task<CasePage> SearchAsync(CaseQuery q, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var query = Scoped(db, q.Scope);
        if (q.Status is { } status) { var s = status.ToString(); query = query.Where(c => c.Status == s); }
        if (q.ItemCode is not null) query = query.Where(c => c.ItemCode == q.ItemCode);
        if (q.CategoryCode is not null) query = query.Where(c => c.CategoryCode == q.CategoryCode);
        if (q.Channel is not null) query = query.Where(c => c.Channel == q.Channel);
        if (q.Warning is { } warning) { var w = warning.ToString(); query = query.Where(c => c.Warning == w); }
        if (q.From is { } from) { var ms = from.ToUnixTimeMilliseconds(); query = query.Where(c => c.ReportedAtMs >= ms); }
        if (q.To is { } to) { var ms = to.ToUnixTimeMilliseconds(); query = query.Where(c => c.ReportedAtMs < ms); }
        if (q.UnitCode is not null) query = query.Where(c => c.AssigneeUnit == q.UnitCode || c.GridCode.StartsWith(q.UnitCode));
        if (q.DepartmentCode is not null) query = query.Where(c => c.AssigneeDepartment == q.DepartmentCode);
        if (q.Text is not null) query = query.Where(c => c.Description.Contains(q.Text) || c.Number.Contains(q.Text));
        var total = await query.CountAsync(ct);
        if (q.Offset is not { } offset || offset >= total) return new CasePage([], total, q.Page, q.PageSize); // past the end: an empty page
        var rows = await query.OrderByDescending(c => c.ReportedAtMs).Skip(offset).Take(q.PageSize).ToListAsync(ct);
        return new CasePage(rows.Select(CaseMapping.ToModel).ToList(), total, q.Page, q.PageSize);
    }

    static IQueryable<CaseRecord> Scoped(GovernanceDbContext db, CaseScope? s)
    {
        var cases = db.Set<CaseRecord>().AsNoTracking();
        if (s is null || s.All) return cases;
        var tasks = db.Set<CaseTaskRecord>();
        var (place, reporter, department, unit) = (s.PlaceUnderCode, s.ReporterUsername, s.TaskDepartmentCode, s.TaskUnitCode);
        return cases.Where(c =>
            (place != null && c.GridCode.StartsWith(place))
            || (reporter != null && c.ReporterUsername == reporter)
            || (department != null && tasks.Any(t => t.CaseId == c.Id && t.DepartmentCode == department))
            || (unit != null && tasks.Any(t => t.CaseId == c.Id && t.UnitCode == unit && t.DepartmentCode == null)));
    }

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(InboxQuery q, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var open = TaskState.Open.ToString();
        var roles = q.Roles.Select(RoleDefinition.CodeOf).ToList();
        var tasks = db.Set<CaseTaskRecord>().AsNoTracking().Where(t => t.State == open && roles.Contains(t.Role));
        // The same filter as CaseFilter.Reaches: the one rule for acting on a task and seeing it in the inbox.
        if (q.DepartmentCode is { } department) tasks = tasks.Where(t => t.DepartmentCode == department);
        if (q.WithoutDepartment) tasks = tasks.Where(t => t.DepartmentCode == null);
        if (q.UnitCodes is [var unit]) tasks = tasks.Where(t => t.UnitCode == unit);
        else if (q.UnitCodes is { } units) tasks = tasks.Where(t => units.Contains(t.UnitCode));
        var page = await tasks.OrderBy(t => t.DeadlineMs).ThenBy(t => t.CreatedAtMs).Take(q.Limit).ToListAsync(ct);
        var ids = page.Select(t => t.CaseId).Distinct().ToList();
        var cases = await db.Set<CaseRecord>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return page.Select(t => new InboxItem(CaseMapping.ToModel(t), CaseMapping.ToModel(cases[t.CaseId]))).ToList();
    }

    public async Task<IReadOnlyList<string>> ClaimDueWarningsAsync(DateTimeOffset now, string owner, TimeSpan lease, int max, CancellationToken ct = default)
    {
        var skipLocked = Options.Provider == StorageProvider.PostgreSql ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $"""
            UPDATE case_tasks SET lease_owner = @owner, lease_until_ms = @until
            WHERE id IN (
                SELECT id FROM case_tasks
                WHERE state = 'Open' AND next_warning_ms IS NOT NULL AND next_warning_ms <= @now
                  AND (lease_until_ms IS NULL OR lease_until_ms < @now)
                ORDER BY next_warning_ms LIMIT @max {skipLocked})
            RETURNING id
            """;
        await using var db = factory.CreateDbContext();
        var ids = new List<string>();
        await LeaseClaim.RunAsync(db, sql, now, owner, lease, max, reader => ids.Add(reader.GetString(0)), ct);
        return ids;
    }

    static readonly string[] Finished = [nameof(CaseStatus.Rejected), nameof(CaseStatus.Merged), nameof(CaseStatus.Archived)];

    readonly Func<GovernanceDbContext, string, long, int, IAsyncEnumerable<CaseRecord>> OpenNear =
        EF.CompileAsyncQuery<GovernanceDbContext, string, long, int, CaseRecord>((GovernanceDbContext db, string placePrefix, long ms, int limit) =>
            db.Set<CaseRecord>().AsNoTracking()
                .Where(c => c.GridCode.StartsWith(placePrefix) && c.ReportedAtMs >= ms && !Finished.Contains(c.Status))
                .OrderByDescending(c => c.ReportedAtMs).Take(limit));

    public async Task<IReadOnlyList<Case>> FindOpenNearAsync(string placePrefix, DateTimeOffset since, int limit, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var list = new List<Case>();
        await foreach (var row in OpenNear(db, placePrefix, since.ToUnixTimeMilliseconds(), limit).WithCancellation(ct)) list.Add(CaseMapping.ToModel(row));
        return list;
    }
}
