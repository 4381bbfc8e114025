using System.Runtime.CompilerServices;
using Governance.Core.Reports.Queries;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Reports;

/// <summary>
/// The cases of a place and span as rows for a ledger export (事件台账), read as a stream in report order so a
/// year of a city's cases never sits in memory.
/// </summary>
public sealed class SqlCaseLedger(StorageOptions storage)
{
    public static readonly string[] Columns = ["number", "reported_at", "grid_code", "category_code", "item_code", "channel", "urgency", "status", "on_time", "satisfaction", "closed_at"];

    public async Task<long> CountAsync(string placePrefix, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var db = new GovernanceDbContext(storage.DbContextOptions());
        var (f, t, p) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), placePrefix);
        return await db.Set<Cases.Entities.CaseRecord>().LongCountAsync(c => c.ReportedAtMs >= f && c.ReportedAtMs < t && c.GridCode.StartsWith(p), ct);
    }

    public async IAsyncEnumerable<object?[]> ReadAsync(string placePrefix, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = new GovernanceDbContext(storage.DbContextOptions());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", Columns)} FROM cases WHERE reported_at_ms >= @from AND reported_at_ms < @to AND grid_code LIKE @place ORDER BY reported_at_ms";
        foreach (var (name, value) in new (string, object)[] { ("from", from.ToUnixTimeMilliseconds()), ("to", to.ToUnixTimeMilliseconds()), ("place", placePrefix + "%") })
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new object?[Columns.Length];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }
}
