using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Model;

namespace Governance.Reports.Tests;

/// <summary>
/// Figures in the reports equal what plain SQL (and, for form amounts and durations, plain C# over the rows) says,
/// per community, per street subtotal and in total, on SQLite and on PostgreSQL.
/// </summary>
public abstract class ReportFiguresTests<TDatabase>(TDatabase db) where TDatabase : SeededDatabase
{
    static readonly string[] Done = ["'Closed'", "'Archived'"];

    async Task<ReportTable> BuildAsync(string report, string unit = "990100") =>
        await db.Builder().BuildAsync(SeededDatabase.Set.Reports.Report(report)!, SeededDatabase.Set.City!.Org.Find(unit)!, SeededDatabase.November);

    Task<Dictionary<string, decimal>> ByCommunityAsync(string condition)
    {
        var (from, to) = Figures.Milliseconds(SeededDatabase.November);
        return db.ScalarsAsync($"SELECT COUNT(*), substr(grid_code, 1, 12) FROM cases WHERE reported_at_ms >= @p0 AND reported_at_ms < @p1 AND {condition} GROUP BY substr(grid_code, 1, 12)", from, to);
    }

    static void AssertRows(ReportTable t, string element, Dictionary<string, decimal> expected, ColumnValue value = ColumnValue.Element)
    {
        var details = t.Rows.Where(r => r.Kind == RowKind.Detail).ToList();
        Assert.Equal(SeededDatabase.Set.City!.Org.Units.Count(u => u.Level == Core.Definitions.Model.OrgLevel.Community), details.Count);
        foreach (var row in details)
            Assert.True(expected.GetValueOrDefault(row.Key) == (row.Values[t.Column(element, value)] ?? 0), $"{t.Title} {row.Label} {element}: SQL {expected.GetValueOrDefault(row.Key)}, report {row.Values[t.Column(element, value)]}");
        foreach (var street in t.Rows.Where(r => r.Kind == RowKind.Subtotal))
            Assert.Equal(expected.Where(p => p.Key.StartsWith(street.Key, StringComparison.Ordinal)).Sum(p => p.Value), street.Values[t.Column(element, value)]);
        Assert.Equal(expected.Values.Sum(), t.Total(element, value));
        Assert.True(expected.Values.Sum() > 0, $"{element}: the demo data should have some");
    }

    [Fact]
    public async Task Event_counts_per_community_street_and_total_equal_plain_sql()
    {
        var t = await BuildAsync("event-disposal-units");
        Assert.Equal(SeededDatabase.Set.City!.Org.Units.Count(u => u.Level == Core.Definitions.Model.OrgLevel.Street), t.Rows.Count(r => r.Kind == RowKind.Subtotal)); // every street, its communities below it
        AssertRows(t, "SJ001", await ByCommunityAsync("1 = 1"));
        AssertRows(t, "SJ007", await ByCommunityAsync($"status IN ({string.Join(",", Done)})"));
        AssertRows(t, "SJ008", await ByCommunityAsync($"status IN ({string.Join(",", Done)}) AND on_time = {(db.Storage.Provider == Storage.StorageProvider.Sqlite ? "1" : "TRUE")}"));
        AssertRows(t, "SJ017", await ByCommunityAsync("urgency = 'critical'"));
        var patrol = await BuildAsync("grid-patrol");
        AssertRows(patrol, "WG019", await ByCommunityAsync("channel = 'patrol'"));
    }

    [Fact]
    public async Task Rates_are_computed_from_each_rows_own_numerator_and_denominator()
    {
        var t = await BuildAsync("event-disposal-units");
        var rated = await ByCommunityAsync("satisfaction IN ('Satisfied', 'Basic', 'Unsatisfied')");
        var good = await ByCommunityAsync("satisfaction IN ('Satisfied', 'Basic')");
        foreach (var row in t.Rows)
        {
            var prefix = row.Kind == RowKind.Total ? "" : row.Key;
            var (n, d) = (good.Where(p => p.Key.StartsWith(prefix)).Sum(p => p.Value), rated.Where(p => p.Key.StartsWith(prefix)).Sum(p => p.Value));
            Assert.Equal(d == 0 ? null : Math.Round(n / d, 6), row.Values[t.Column("MS009")]);
        }
        // 办结率 = 办结 ÷ 立案, a column rate over two columns of the same row
        var total = t.Rows[0];
        Assert.Equal(Math.Round(total.Values[t.Column("SJ007")]!.Value / total.Values[t.Column("SJ002")]!.Value, 6), total.Values[t.Column("SJ007", ColumnValue.Rate)]);
    }

    [Fact]
    public async Task Dispute_amounts_and_durations_equal_the_cases_read_one_by_one()
    {
        var (from, to) = Figures.Milliseconds(SeededDatabase.November);
        var amounts = new Dictionary<string, decimal>();
        var hours = new Dictionary<string, List<double>>();
        await using (var ctx = new Storage.GovernanceDbContext(db.Storage.DbContextOptions()))
        {
            var cases = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                ctx.Set<Storage.Cases.Entities.CaseRecord>().Where(c => c.ReportedAtMs >= from && c.ReportedAtMs < to));
            foreach (var c in await cases)
            {
                var community = c.GridCode[..12];
                if (string.CompareOrdinal(c.ItemCode, "11001") >= 0 && string.CompareOrdinal(c.ItemCode, "11012") <= 0)
                    amounts[community] = amounts.GetValueOrDefault(community) + (decimal)JsonNode.Parse(c.FormDataJson!)!["intake-dispute"]!["amount"]!.GetValue<double>();
                if (c.Status is "Closed" or "Archived" && c.ClosedAt is { } closed)
                    (hours.TryGetValue(community, out var l) ? l : hours[community] = []).Add((closed - c.ReportedAt).TotalHours);
            }
        }
        var disputes = await BuildAsync("dispute-monthly");
        AssertRows(disputes, "MD021", amounts);
        var t = await BuildAsync("event-disposal-units");
        foreach (var (community, list) in hours)
            Assert.Equal(Math.Round(list.Average(), 1), Math.Round((double)t.Value(community, "SJ012")!.Value, 1));
        var all = hours.Values.SelectMany(l => l).ToList();
        Assert.Equal(Math.Round(all.Average(), 1), Math.Round((double)t.Total("SJ012")!.Value, 1));
    }

    [Fact]
    public async Task A_report_by_category_counts_each_category_and_totals_the_place()
    {
        var t = await BuildAsync("event-disposal", "990102");
        var (from, to) = Figures.Milliseconds(SeededDatabase.November);
        var expected = await db.ScalarsAsync("SELECT COUNT(*), category_code FROM cases WHERE reported_at_ms >= @p0 AND reported_at_ms < @p1 AND grid_code LIKE '990102%' GROUP BY category_code", from, to);
        Assert.Equal(11, t.Rows.Count(r => r.Kind == RowKind.Detail));
        foreach (var row in t.Rows.Where(r => r.Kind == RowKind.Detail))
            Assert.Equal(expected.GetValueOrDefault(row.Key), row.Values[t.Column("SJ001")]);
        Assert.Equal(expected.Values.Sum(), t.Total("SJ001"));
        Assert.Equal(SeededDatabase.Set.City!.Org.Find("990102")!.Name, t.UnitName);
        Assert.Equal("2026 年 11 月", t.PeriodLabel);
    }
}

public sealed class SqliteReportFiguresTests(SqliteDatabase db) : ReportFiguresTests<SqliteDatabase>(db), IClassFixture<SqliteDatabase>;

public sealed class PostgresReportFiguresTests(PostgresDatabase db) : ReportFiguresTests<PostgresDatabase>(db), IClassFixture<PostgresDatabase>;
