using System.Globalization;
using Governance.Core.Reports.Queries;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage.Reports;

/// <summary>Answers report queries with one SQL statement over the cases table, on SQLite or PostgreSQL.</summary>
public sealed class SqlCaseAggregates(StorageOptions storage) : ICaseAggregates
{
    readonly SqlDialect dialect = SqlDialect.For(storage.Provider);

    public async Task<AggregateTable> AggregateAsync(AggregateRequest request, CancellationToken ct = default)
    {
        var table = new AggregateTable();
        if (request.Queries.Count == 0) return table;
        await using var db = new GovernanceDbContext(storage.DbContextOptions());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        AggregateSql.Build(dialect, command, request);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var group = reader.GetString(0);
            for (var i = 0; i < request.Queries.Count; i++)
                table.Add(group, request.Queries[i].Key, new Fraction(Number(reader.GetValue(1 + 2 * i)), Number(reader.GetValue(2 + 2 * i))));
        }
        return table;
    }

    static decimal Number(object value) => value is DBNull ? 0 : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
