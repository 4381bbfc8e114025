using System.Data.Common;
using Dapper;
using Governance.Core.Command;
using Governance.Core.Packages;
using Governance.Core.ReadSide;
using static Governance.Storage.ReadSide.Rows;

namespace Governance.Storage.ReadSide;

/// <summary>
/// The read side on SQLite and PostgreSQL: hand-written SQL through Dapper, apart from the EF write path. Days are
/// counted in the city's time zone.
/// </summary>
public sealed class SqlFigureReader(StorageOptions storage, IPackageProvider packages) : IFigureReader
{
    public async Task<IReadOnlyList<FigureRow<CaseMeasures>>> CasesAsync(FigureQuery query, CancellationToken ct = default)
    {
        var where = new FigureWhere(query, Grain.Case, Offset(query), storage);
        var (keys, group) = Keys(query, Grain.Case);
        var sql = $"SELECT {keys}{FigureSql.CaseMeasures}\nFROM cases c\n{where}{group}";
        return await ReadAsync(sql, where, query, r => new CaseMeasures(
            L(r, "reported"), L(r, "pending"), L(r, "accepted"), L(r, "rejected"), L(r, "merged"), L(r, "open"), L(r, "closed"),
            L(r, "on_time_closed"), L(r, "overdue"), L(r, "rated"), L(r, "satisfied"), L(r, "basic"), L(r, "unsatisfied"), L(r, "reopened"),
            L(r, "returned"), L(r, "worker_reported"), L(r, "red_open"), L(r, "overdue_open")), ct);
    }

    public async Task<IReadOnlyList<FigureRow<AssignmentMeasures>>> AssignmentsAsync(FigureQuery query, CancellationToken ct = default)
    {
        var where = new FigureWhere(query, Grain.Assignment, Offset(query), storage);
        var (keys, group) = Keys(query, Grain.Assignment);
        var sql = $"SELECT {keys}{FigureSql.AssignmentMeasures(storage.Provider)}\nFROM case_tasks t JOIN cases c ON c.id = t.case_id\n{where}{group}";
        return await ReadAsync(sql, where, query, r => new AssignmentMeasures(
            L(r, "assigned"), L(r, "responded"), D(r, "response_minutes") ?? 0, L(r, "returned"), L(r, "overdue"), L(r, "completed")), ct);
    }

    public async Task<IReadOnlyList<CaseFact>> CaseFactsAsync(FigureQuery query, FactOrder order = FactOrder.Newest, int limit = 500, CancellationToken ct = default)
    {
        var where = new FigureWhere(query, Grain.Case, Offset(query), storage);
        where.Parameters.Add("limit", limit);
        var sql = $"SELECT {FigureSql.CaseFactColumns}\nFROM cases c\n{where}\nORDER BY {FigureSql.Order(order)}\nLIMIT @limit";
        await using var connection = Open();
        var rows = await connection.QueryAsync(new CommandDefinition(sql, where.Parameters, cancellationToken: ct));
        return rows.Select(row => Rows.Case((IDictionary<string, object?>)row)).ToList();
    }

    public async Task<IReadOnlyList<AssignmentFact>> AssignmentFactsAsync(FigureQuery query, int limit = 500, CancellationToken ct = default)
    {
        var where = new FigureWhere(query, Grain.Assignment, Offset(query), storage);
        where.Parameters.Add("limit", limit);
        var sql = $"SELECT {FigureSql.AssignmentFactColumns(storage.Provider)}\nFROM case_tasks t JOIN cases c ON c.id = t.case_id\n{where}\n" +
                  "ORDER BY t.created_at_ms DESC, t.id\nLIMIT @limit";
        await using var connection = Open();
        var rows = await connection.QueryAsync(new CommandDefinition(sql, where.Parameters, cancellationToken: ct));
        return rows.Select(row => (IDictionary<string, object?>)row).Select(r => new AssignmentFact(
            S(r, "task_id")!, S(r, "case_id")!, S(r, "number")!, S(r, "item_code")!, S(r, "grid_code")!, S(r, "unit_code")!,
            S(r, "department_code"), Ms(L(r, "created_at_ms")), L(r, "responded") != 0, D(r, "response_minutes"), L(r, "returned") != 0,
            L(r, "overdue") != 0, L(r, "completed") != 0)).ToList();
    }

    async Task<IReadOnlyList<FigureRow<T>>> ReadAsync<T>(string sql, FigureWhere where, FigureQuery query, Func<IDictionary<string, object?>, T> measures, CancellationToken ct)
    {
        await using var connection = Open();
        var rows = await connection.QueryAsync(new CommandDefinition(sql, where.Parameters, cancellationToken: ct));
        var list = new List<FigureRow<T>>();
        foreach (IDictionary<string, object?> r in rows)
        {
            // An aggregate without GROUP BY over no rows still answers one row, of zeros and nulls.
            var keys = query.GroupBy.Select((d, i) => Key(d, r[$"k{i}"])).ToList();
            list.Add(new FigureRow<T>(keys, measures(r)));
        }
        return list;
    }

    static (string Keys, string Group) Keys(FigureQuery q, Grain grain)
    {
        if (q.GroupBy.Count == 0) return ("", "");
        var expressions = q.GroupBy.Select(d => FigureSql.Dimension(d, grain)).ToList();
        return (string.Concat(expressions.Select((e, i) => $"{e} AS k{i}, ")), "\nGROUP BY " + string.Join(", ", expressions));
    }

    static string? Key(Dimension d, object? value) => value switch
    {
        null or DBNull => null,
        _ when d == Dimension.Day => FigureWhere.DayOf(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    // The zone of the package in force: a publish that moves the city to another zone counts days in the new one.
    TimeSpan Offset(FigureQuery q) => Period.ZoneOf(packages.Current).GetUtcOffset(q.From ?? q.To ?? DateTimeOffset.UtcNow);

    DbConnection Open() => Rows.Open(storage);
}
