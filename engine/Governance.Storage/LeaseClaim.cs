using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Governance.Storage;

/// <summary>
/// Runs a claim statement (UPDATE … SET lease … WHERE id IN (SELECT … [FOR UPDATE SKIP LOCKED]) RETURNING …) with the
/// parameters every claim shares: @owner, @until (lease end), @now and @max, all times as Unix milliseconds.
/// </summary>
internal static class LeaseClaim
{
    public static async Task RunAsync(GovernanceDbContext db, string sql, DateTimeOffset now, string owner, TimeSpan lease, int max,
        Action<DbDataReader> read, CancellationToken ct, params (string Name, object Value)[] extra)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        Add(command, "@owner", owner);
        Add(command, "@until", (now + lease).ToUnixTimeMilliseconds());
        Add(command, "@now", now.ToUnixTimeMilliseconds());
        Add(command, "@max", max);
        foreach (var (name, value) in extra) Add(command, name, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) read(reader);
    }

    static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
