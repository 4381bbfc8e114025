using System.Data.Common;

namespace Governance.Benchmarks;

/// <summary>
/// What a persisted run or resume costs at the least with plain ADO.NET on the same database: the rows the
/// engine writes (an instance row with a JSON document and its journal lines) in one transaction.
/// </summary>
sealed class Baselines(Func<DbConnection> connect)
{
    public async Task CreateTablesAsync()
    {
        await using var c = connect();
        await c.OpenAsync();
        await Exec(c, null, "CREATE TABLE IF NOT EXISTS bench_instances (id varchar(64) PRIMARY KEY, state text NOT NULL, revision bigint NOT NULL)");
        await Exec(c, null, "CREATE TABLE IF NOT EXISTS bench_journal (instance_id varchar(64) NOT NULL, seq int NOT NULL, text text, PRIMARY KEY (instance_id, seq))");
        await Exec(c, null, "CREATE TABLE IF NOT EXISTS bench_bookmarks (id varchar(64) PRIMARY KEY, instance_id varchar(64) NOT NULL)");
    }

    /// <summary>Insert an instance row and 12 journal lines in one transaction.</summary>
    public async Task RunAsync(string id)
    {
        await using var c = connect();
        await c.OpenAsync();
        await using var tx = await c.BeginTransactionAsync();
        await Exec(c, tx, "INSERT INTO bench_instances (id, state, revision) VALUES (@p0, @p1, 1)", id, State);
        for (var i = 1; i <= 12; i++) await Exec(c, tx, "INSERT INTO bench_journal (instance_id, seq, text) VALUES (@p0, @p1, @p2)", id, i, "第" + i + "步");
        await tx.CommitAsync();
    }

    /// <summary>Set up a waiting instance with one bookmark.</summary>
    public async Task PrepareWaitingAsync(string id)
    {
        await using var c = connect();
        await c.OpenAsync();
        await Exec(c, null, "INSERT INTO bench_instances (id, state, revision) VALUES (@p0, @p1, 1)", id, State);
        await Exec(c, null, "INSERT INTO bench_bookmarks (id, instance_id) VALUES (@p0, @p0)", id);
    }

    /// <summary>Find the bookmark, read the instance, delete the bookmark, update the instance, append two lines.</summary>
    public async Task ResumeAsync(string id)
    {
        await using var c = connect();
        await c.OpenAsync();
        await using (var find = Command(c, null, "SELECT instance_id FROM bench_bookmarks WHERE id = @p0", id)) await find.ExecuteScalarAsync();
        await using (var read = Command(c, null, "SELECT state, revision FROM bench_instances WHERE id = @p0", id)) await read.ExecuteScalarAsync();
        await using var tx = await c.BeginTransactionAsync();
        await Exec(c, tx, "DELETE FROM bench_bookmarks WHERE id = @p0", id);
        await Exec(c, tx, "UPDATE bench_instances SET state = @p1, revision = revision + 1 WHERE id = @p0 AND revision = 1", id, State);
        for (var i = 13; i <= 14; i++) await Exec(c, tx, "INSERT INTO bench_journal (instance_id, seq, text) VALUES (@p0, @p1, @p2)", id, i, "resumed");
        await tx.CommitAsync();
    }

    const string State = """{"status":"Finished","variables":{"Step":"值8"},"scopes":{"root":{"active":false,"pending":0}},"bookmarks":[]}""";

    static async Task Exec(DbConnection c, DbTransaction? tx, string sql, params object[] args)
    {
        await using var cmd = Command(c, tx, sql, args);
        await cmd.ExecuteNonQueryAsync();
    }

    static DbCommand Command(DbConnection c, DbTransaction? tx, string sql, params object[] args)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@p" + i;
            p.Value = args[i];
            cmd.Parameters.Add(p);
        }
        return cmd;
    }
}
