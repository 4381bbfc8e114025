using System.Text;
using System.Text.Json;
using Governance.Core.Documents;
using Governance.Core.Packages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Storage.Packages;

/// <summary>
/// The package store on EF Core. A publish is one transaction that moves the head row's revision from the one the
/// request was validated on, so two publishes never both pass on stale ground; a scope's document at a version is
/// the row with the highest version up to it, so a version stores only what it changed.
/// </summary>
public sealed class EfPackageStore(StorageOptions options) : IPackageStore
{
    readonly PooledDbContextFactory<GovernanceDbContext> factory = new(options.DbContextOptions());

    public async Task<long> RevisionAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<PackageHeadRecord>().AsNoTracking().Where(h => h.Id == 1).Select(h => h.Revision).FirstOrDefaultAsync(ct);
    }

    public async Task<PublishedPackage> LoadPublishedAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        // Read without a transaction (SQLite's would take the write lock), and again if a publish came in between.
        for (var attempt = 0; ; attempt++)
        {
            var head = await Head(db, ct);
            var docs = db.Set<PackageDocumentRecord>().AsNoTracking();
            var latest = await docs.Where(d => d.Version == docs.Where(x => x.Scope == d.Scope && x.Path == d.Path).Max(x => x.Version))
                .Select(d => new { d.Scope, d.Path, d.Content }).ToListAsync(ct);
            var versions = await db.Set<PackageVersionRecord>().AsNoTracking().GroupBy(v => v.Scope)
                .Select(g => new { Scope = g.Key, Version = g.Max(v => v.Version) }).ToListAsync(ct);
            if ((await Head(db, ct)).Revision != head.Revision && attempt < 5) continue;
            var city = head.CityScope ?? "";
            return new PublishedPackage(head.Revision, head.CityScope,
                versions.ToDictionary(v => v.Scope, v => v.Version, StringComparer.Ordinal),
                new DocumentSet(PackageStores.Name(head.Revision), latest.Where(d => d.Content is not null)
                    .Select(d => KeyValuePair.Create(PackagePaths.Join(d.Scope, d.Path, city), Bytes(d.Content!)))));
        }
    }

    public async Task<IReadOnlyDictionary<string, byte[]>> DocumentsAsync(string scope, int version, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var docs = db.Set<PackageDocumentRecord>().AsNoTracking().Where(d => d.Scope == scope && d.Version <= version);
        var rows = await docs.Where(d => d.Version == docs.Where(x => x.Path == d.Path).Max(x => x.Version))
            .Select(d => new { d.Path, d.Content }).ToListAsync(ct);
        return rows.Where(r => r.Content is not null).ToDictionary(r => r.Path, r => Bytes(r.Content!), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<PackageVersion>> VersionsAsync(string scope, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<PackageVersionRecord>().AsNoTracking().Where(v => v.Scope == scope).OrderByDescending(v => v.Version).ToListAsync(ct);
        return rows.Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<DraftDocument>> DraftAsync(string scope, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<PackageDraftRecord>().AsNoTracking().Where(d => d.Scope == scope).ToListAsync(ct);
        return rows.OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => new DraftDocument(r.Path, r.Content is null ? null : Bytes(r.Content), r.UpdatedBy, r.UpdatedAt)).ToList();
    }

    public async Task SaveDraftAsync(string scope, DraftDocument document, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        var row = await db.Set<PackageDraftRecord>().FirstOrDefaultAsync(d => d.Scope == scope && d.Path == document.Path, ct);
        if (row is null) db.Add(row = new PackageDraftRecord { Scope = scope, Path = document.Path, UpdatedBy = document.UpdatedBy });
        row.Content = document.Content is null ? null : Text(document.Content);
        row.UpdatedBy = document.UpdatedBy;
        row.UpdatedAt = document.UpdatedAt.ToUniversalTime();
        await db.SaveChangesAsync(ct);
    }

    public async Task DiscardDraftAsync(string scope, string? path, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        await db.Set<PackageDraftRecord>().Where(d => d.Scope == scope && (path == null || d.Path == path)).ExecuteDeleteAsync(ct);
    }

    public async Task<IReadOnlyList<PackageVersion>> PublishAsync(PublishRequest request, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var next = request.ExpectedRevision + request.Scopes.Count;
        // The head moves only from the revision the request was validated on: the row lock serialises publishers.
        var moved = await db.Set<PackageHeadRecord>()
            .Where(h => h.Id == 1 && h.Revision == request.ExpectedRevision && (h.CityScope == null || h.CityScope == request.CityScope))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Revision, next).SetProperty(h => h.CityScope, request.CityScope), ct);
        if (moved != 1)
        {
            var head = await Head(db, ct);
            if (head.CityScope is { } city && city != request.CityScope) throw new ArgumentException($"the city scope is {city}, not {request.CityScope}");
            throw new PackageConflictException(request.ExpectedRevision, head.Revision);
        }
        var written = new List<PackageVersion>();
        var revision = request.ExpectedRevision;
        foreach (var scope in request.Scopes)
        {
            var current = await db.Set<PackageVersionRecord>().Where(v => v.Scope == scope.Scope).MaxAsync(v => (int?)v.Version, ct) ?? 0;
            if (current != scope.ExpectedVersion) throw new PackageConflictException(scope.ExpectedVersion, current);
            var record = new PackageVersionRecord
            {
                Revision = ++revision, Scope = scope.Scope, Version = current + 1, PublishedAt = request.At.ToUniversalTime(),
                PublishedBy = request.User, Comment = request.Comment, RestoredFrom = scope.RestoredFrom,
                ChangedJson = JsonSerializer.Serialize(scope.Documents.Keys.Order(StringComparer.Ordinal).ToList()),
            };
            db.Add(record);
            foreach (var (path, content) in scope.Documents)
                db.Add(new PackageDocumentRecord { Scope = scope.Scope, Path = path, Version = record.Version, Content = content is null ? null : Text(content) });
            written.Add(ToModel(record));
        }
        await db.SaveChangesAsync(ct);
        if (request.ClearDrafts)
            foreach (var scope in request.Scopes.Select(s => s.Scope))
                await db.Set<PackageDraftRecord>().Where(d => d.Scope == scope).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return written;
    }

    public async Task AuditAsync(PackageAuditEntry entry, CancellationToken ct = default)
    {
        using var gate = await SqliteWriteGate.EnterAsync(options, ct);
        await using var db = factory.CreateDbContext();
        db.Add(new AdminAuditRecord
        {
            Id = Guid.NewGuid().ToString("N"), At = entry.At.ToUniversalTime(), AtMs = entry.At.ToUnixTimeMilliseconds(), Username = entry.User,
            Action = entry.Action, Scope = entry.Scope, Version = entry.Version, Detail = entry.Detail is { Length: > 2000 } d ? d[..2000] : entry.Detail,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<PackageAuditEntry>> AuditLogAsync(string? scope, int max, CancellationToken ct = default)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<AdminAuditRecord>().AsNoTracking().Where(a => scope == null || a.Scope == scope)
            .OrderByDescending(a => a.AtMs).Take(max).ToListAsync(ct);
        return rows.Select(a => new PackageAuditEntry(a.At, a.Username, a.Action, a.Scope, a.Version, a.Detail)).ToList();
    }

    static async Task<PackageHeadRecord> Head(GovernanceDbContext db, CancellationToken ct) =>
        await db.Set<PackageHeadRecord>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == 1, ct) ?? new PackageHeadRecord { Id = 1 };

    static PackageVersion ToModel(PackageVersionRecord r) => new(r.Scope, r.Version, r.Revision, r.PublishedAt, r.PublishedBy, r.Comment, r.RestoredFrom,
        JsonSerializer.Deserialize<List<string>>(r.ChangedJson) ?? []);

    static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
    static string Text(byte[] content) => Encoding.UTF8.GetString(content);
}
