using System.Data.Common;
using Dapper;
using Governance.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Governance.Command.Tests.Infrastructure;

/// <summary>Plain SQL against the server's database, written in the tests, to check the read side's figures by another route.</summary>
public sealed class Db(StorageOptions storage)
{
    public bool Postgres => storage.Provider == StorageProvider.PostgreSql;

    DbConnection Open() => Postgres ? new NpgsqlConnection(storage.ConnectionString) : new SqliteConnection(storage.ConnectionString);

    /// <summary>A boolean column as a condition on both databases (0/1 in SQLite, boolean in PostgreSQL).</summary>
    public string True(string column) => Postgres ? column : $"{column} = 1";

    public async Task<long> CountAsync(string where, object? parameters = null)
    {
        await using var c = Open();
        return Convert.ToInt64(await c.ExecuteScalarAsync($"SELECT COUNT(*) FROM cases WHERE {where}", parameters), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<Dictionary<string, long>> CountByAsync(string key, string where, object? parameters = null)
    {
        await using var c = Open();
        var rows = await c.QueryAsync($"SELECT {key} AS k, COUNT(*) AS n FROM cases WHERE {where} GROUP BY {key}", parameters);
        return rows.Select(r => (IDictionary<string, object?>)r).Where(r => r["k"] is not null)
            .ToDictionary(r => Convert.ToString(r["k"], System.Globalization.CultureInfo.InvariantCulture)!, r => Convert.ToInt64(r["n"], System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<List<string>> StringsAsync(string sql, object? parameters = null)
    {
        await using var c = Open();
        return (await c.QueryAsync<string>(sql, parameters)).ToList();
    }

    /// <summary>Handling tasks with their case and times, read row by row (times through the driver, not SQL date functions).</summary>
    public async Task<List<TaskRow>> TasksAsync()
    {
        await using var c = Open();
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT t.id, t.case_id, t.step, t.department_code, t.unit_code, t.created_at_ms, t.created_at, t.signed_at, t.completed_at, t.state, t.warning, c.grid_code " +
                          "FROM case_tasks t JOIN cases c ON c.id = t.case_id";
        await using var r = await cmd.ExecuteReaderAsync();
        var list = new List<TaskRow>();
        DateTimeOffset? At(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
        while (await r.ReadAsync())
            list.Add(new TaskRow(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetInt64(5),
                At(6)!.Value, At(7), At(8), r.GetString(9), r.GetString(10), r.GetString(11)));
        return list;
    }
}

public sealed record TaskRow(string Id, string CaseId, string Step, string? Department, string Unit, long CreatedMs, DateTimeOffset Created,
    DateTimeOffset? Signed, DateTimeOffset? Completed, string State, string Warning, string Grid)
{
    /// <summary>A handling task ended in 退回: the next handling or reassign task of its case, opened when it closed or later, is a reassign.</summary>
    public bool Returned(ILookup<string, TaskRow> byCase) =>
        byCase[CaseId].Where(x => x.Id != Id && x.CreatedMs >= CreatedMs && x.Step is "reassign" or "handle")
            .OrderBy(x => x.CreatedMs).ThenBy(x => x.Step == "handle").FirstOrDefault()?.Step == "reassign";

    /// <summary>Signed for, or finished without signing.</summary>
    public bool Responded => Signed is not null || State == "Done";

    public double ResponseMinutes => ((Signed ?? Completed)!.Value - Created).TotalMinutes;
}
