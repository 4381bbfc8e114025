using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Governance.Storage;

/// <summary>
/// Rows written as hand-built INSERT and versioned UPDATE statements in one command: one round trip for a whole
/// change, without the change tracker, which cost more CPU than the database itself on every case action. Table
/// and column names and value converters come from the EF model, and values go through EF's parameter mappings, so
/// rows read back exactly as EF writes them. <see cref="ExecuteAsync"/> says whether every statement hit its row:
/// an UPDATE at a version someone else has replaced hits none.
/// </summary>
internal sealed class SqlBatch(DbContext db)
{
    readonly StringBuilder sql = new();
    readonly List<object> values = [];
    int expectedRows;

    readonly List<Action> onMismatch = [];

    public bool IsEmpty => sql.Length == 0;

    /// <summary>A statement of its own with {0}, {1}… placeholders for <paramref name="args"/>, expected to change <paramref name="expectedRows"/> rows.</summary>
    public void Statement(string text, int expectedRows, params object?[] args)
    {
        sql.Append(System.Text.RegularExpressions.Regex.Replace(text, @"\{(\d+)\}", m => P(args[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)])))
           .Append(";\n");
        this.expectedRows += expectedRows;
    }

    /// <summary>Runs when the batch did not go through as expected (and its transaction is rolled back): rows read before it are stale.</summary>
    public void OnMismatch(Action action) => onMismatch.Add(action);

    /// <summary>Tells those who asked that the batch did not go through.</summary>
    public void Mismatched()
    {
        foreach (var a in onMismatch) a();
    }

    public void Insert<T>(T row) where T : class
    {
        var t = Table.Of(db, typeof(T));
        sql.Append("INSERT INTO ").Append(t.Name).Append(" (").AppendJoin(", ", t.Columns.Select(c => c.Name)).Append(") VALUES (");
        for (var i = 0; i < t.Columns.Count; i++) sql.Append(i == 0 ? "" : ", ").Append(P(t.Columns[i].Read(row)));
        sql.Append(");\n");
        expectedRows++;
    }

    /// <summary>UPDATE … SET every column WHERE key = … AND version = <paramref name="expectedVersion"/>.</summary>
    public void Update<T>(T row, string versionProperty, int expectedVersion) where T : class
    {
        var t = Table.Of(db, typeof(T));
        sql.Append("UPDATE ").Append(t.Name).Append(" SET ");
        var first = true;
        foreach (var c in t.Columns.Where(c => !c.IsKey))
        {
            sql.Append(first ? "" : ", ").Append(c.Name).Append(" = ").Append(P(c.Read(row)));
            first = false;
        }
        sql.Append(" WHERE ");
        foreach (var c in t.Columns.Where(c => c.IsKey)) sql.Append(c.Name).Append(" = ").Append(P(c.Read(row))).Append(" AND ");
        sql.Append(t.Columns.Single(c => c.Property == versionProperty).Name).Append(" = ").Append(P(expectedVersion)).Append(";\n");
        expectedRows++;
    }

    /// <summary>Runs the batch in the context's current transaction; false when some statement changed no row.</summary>
    public async Task<bool> ExecuteAsync(CancellationToken ct)
    {
        if (IsEmpty) return true;
        var changed = await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
        return changed == expectedRows;
    }

    /// <summary>
    /// A row to insert was there already (a primary or unique key): someone else wrote first. Any other database
    /// error (a value too long, a broken constraint) is a fault to report as it is, not a conflict to retry.
    /// </summary>
    public static bool IsDuplicateKey(System.Data.Common.DbException e) => e switch
    {
        Npgsql.PostgresException pg => pg.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException lite => lite.SqliteErrorCode == 19 && lite.SqliteExtendedErrorCode is 1555 or 2067,
        _ => false,
    };

    string P(object? value)
    {
        if (value is null) return "NULL";
        values.Add(value);
        return "{" + (values.Count - 1) + "}";
    }

    sealed record Column(string Property, string Name, bool IsKey, Func<object, object?> Read);

    sealed record Table(string Name, IReadOnlyList<Column> Columns)
    {
        static readonly ConcurrentDictionary<(Type, string), Table> Cache = new();

        public static Table Of(DbContext db, Type type) => Cache.GetOrAdd((type, db.Database.ProviderName ?? ""), _ =>
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var keys = entity.FindPrimaryKey()!.Properties.Select(p => p.Name).ToHashSet();
            var columns = entity.GetProperties().Select(p =>
            {
                var getter = p.GetGetter();
                var converter = p.GetTypeMapping().Converter;
                Func<object, object?> read = converter is null ? getter.GetClrValueUsingContainingEntity
                    : row => getter.GetClrValueUsingContainingEntity(row) is { } v ? converter.ConvertToProvider(v) : null;
                return new Column(p.Name, Quote(p.GetColumnName(table)!), keys.Contains(p.Name), read);
            }).ToList();
            return new Table(Quote(table.Name), columns);
        });

        static string Quote(string name) => "\"" + name + "\"";
    }
}
