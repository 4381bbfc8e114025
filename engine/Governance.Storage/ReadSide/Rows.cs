using System.Data.Common;
using System.Globalization;
using Governance.Core.ReadSide;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Governance.Storage.ReadSide;

/// <summary>Connections for the SQL read and command-center paths, and reading Dapper's rows the same way on both databases.</summary>
internal static class Rows
{
    public static DbConnection Open(StorageOptions storage) => storage.Provider == StorageProvider.PostgreSql
        ? new NpgsqlConnection(storage.ConnectionString)
        : new SqliteConnection(storage.ConnectionString);

    /// <summary>
    /// "expression is one of the list parameter": Dapper expands a list into (@p1, @p2 …) on SQLite, but hands Npgsql
    /// the array itself, which PostgreSQL compares with = ANY.
    /// </summary>
    public static string In(StorageOptions storage, string expression, string parameter) =>
        storage.Provider == StorageProvider.PostgreSql ? $"{expression} = ANY(@{parameter})" : $"{expression} IN @{parameter}";

    public static CaseFact Case(IDictionary<string, object?> r) => new(
        S(r, "id")!, S(r, "number")!, Ms(L(r, "reported_at_ms")), S(r, "grid_code")!, S(r, "item_code")!, S(r, "category_code")!,
        S(r, "channel")!, S(r, "urgency")!, S(r, "status")!, S(r, "warning")!, S(r, "description")!, S(r, "address"),
        D(r, "longitude"), D(r, "latitude"), S(r, "reporter_phone"), S(r, "reporter_username"), S(r, "assignee_unit"),
        S(r, "assignee_department"), r["deadline_ms"] is null or DBNull ? null : Ms(L(r, "deadline_ms")), L(r, "closed") != 0, L(r, "on_time") != 0,
        S(r, "satisfaction"), (int)L(r, "reopen_count"), L(r, "returned") != 0);

    // Integers come back as Int64 from both databases, but SUM over bigint is numeric in PostgreSQL: convert, never cast.
    public static long L(IDictionary<string, object?> r, string name) =>
        r[name] is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;

    public static double? D(IDictionary<string, object?> r, string name) =>
        r[name] is { } v and not DBNull ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;

    public static string? S(IDictionary<string, object?> r, string name) => r[name] is string s ? s : null;

    public static DateTimeOffset Ms(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
