using Governance.Command.Tests.Infrastructure;
using Governance.Core.ReadSide;

namespace Governance.Command.Tests;

/// <summary>
/// The read side's figures equal counts written here in plain SQL (and, for tasks, computed here from the rows), on
/// two months of demo cases, on SQLite and PostgreSQL.
/// </summary>
public abstract class ReadSideTests(SeededServer seeded)
{
    IFigureReader Figures => seeded.Server.Center.Figures;
    Db Db => seeded.Db;

    const string Open = "status IN ('Dispatched', 'Handling', 'Suspended', 'Returned', 'Verifying')";

    /// <summary>Each case measure as its own WHERE clause: the definitions the read side must keep.</summary>
    Dictionary<string, (string Where, Func<CaseMeasures, long> Read)> Definitions => new()
    {
        ["reported"] = ("1 = 1", m => m.Reported),
        ["pending"] = ("status = 'Reported'", m => m.Pending),
        ["accepted"] = ("status NOT IN ('Reported', 'Rejected', 'Merged')", m => m.Accepted),
        ["rejected"] = ("status = 'Rejected'", m => m.Rejected),
        ["open"] = (Open, m => m.Open),
        ["closed"] = ("closed_at IS NOT NULL", m => m.Closed),
        ["onTimeClosed"] = ($"closed_at IS NOT NULL AND {Db.True("on_time")} AND warning <> 'Overdue'", m => m.OnTimeClosed),
        ["overdue"] = ($"(NOT {Db.True("on_time")} OR warning = 'Overdue')", m => m.Overdue),
        ["rated"] = ("satisfaction IS NOT NULL", m => m.Rated),
        ["satisfied"] = ("satisfaction = 'Satisfied'", m => m.Satisfied),
        ["basic"] = ("satisfaction = 'Basic'", m => m.Basic),
        ["unsatisfied"] = ("satisfaction = 'Unsatisfied'", m => m.Unsatisfied),
        ["reopened"] = ("reopen_count > 0", m => m.Reopened),
        ["returned"] = ("id IN (SELECT case_id FROM case_tasks WHERE step = 'reassign')", m => m.Returned),
        ["workerReported"] = ("reporter_username IN (SELECT username FROM users WHERE role = 'grid-worker')", m => m.WorkerReported),
        ["redOpen"] = ($"warning = 'Red' AND {Open}", m => m.RedOpen),
        ["overdueOpen"] = ($"warning = 'Overdue' AND {Open}", m => m.OverdueOpen),
    };

    [Fact]
    public async Task Every_case_measure_per_county_equals_its_own_SQL_count()
    {
        var rows = (await Figures.CasesAsync(new FigureQuery().By(Dimension.County))).ToDictionary(r => r.Key!, r => r.Measures);
        Assert.Equal(5, rows.Count);
        foreach (var (name, (where, read)) in Definitions)
        {
            var expected = await Db.CountByAsync("substr(grid_code, 1, 6)", where);
            foreach (var (county, m) in rows) Assert.True(expected.GetValueOrDefault(county) == read(m), $"{name} in {county}: {read(m)} != {expected.GetValueOrDefault(county)}");
        }
        // The demo data reaches every measure, so none of these comparisons is of zeros only.
        var total = rows.Values.Aggregate((a, b) => a + b);
        Assert.All(Definitions.Where(d => d.Key != "rejected" && d.Key != "redOpen"), d => Assert.True(d.Value.Read(total) > 0, d.Key));
        Assert.Equal(140, total.Reported);
    }

    [Fact]
    public async Task Counts_by_category_item_channel_status_and_department_equal_GROUP_BY()
    {
        foreach (var (dimension, column) in new[] { (Dimension.Category, "category_code"), (Dimension.Item, "item_code"), (Dimension.Channel, "channel"),
                     (Dimension.Status, "status"), (Dimension.Department, "assignee_department"), (Dimension.Street, "substr(grid_code, 1, 9)") })
        {
            var rows = (await Figures.CasesAsync(new FigureQuery().By(dimension))).Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Measures.Reported);
            Assert.Equal(await Db.CountByAsync(column, "1 = 1"), rows);
        }
    }

    [Fact]
    public async Task Days_are_local_calendar_days_and_periods_bound_on_reported_time()
    {
        var from = Time.At("2026-02-01T00:00");
        var to = Time.At("2026-02-13T00:00");
        var rows = (await Figures.CasesAsync(new FigureQuery { From = from, To = to }.By(Dimension.Day))).ToDictionary(r => r.Key!, r => r.Measures.Reported);
        var times = await Db.StringsAsync("SELECT CAST(reported_at_ms AS VARCHAR(20)) FROM cases WHERE reported_at_ms >= @f AND reported_at_ms < @t",
            new { f = from.ToUnixTimeMilliseconds(), t = to.ToUnixTimeMilliseconds() });
        var expected = times.Select(long.Parse).GroupBy(ms => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd"))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(expected, rows);
        Assert.True(rows.Count >= 5);
    }

    [Fact]
    public async Task Assignment_measures_per_department_equal_what_the_task_rows_say()
    {
        var tasks = await Db.TasksAsync();
        var handle = tasks.Where(t => t.Step == "handle").ToList();
        var byCase = tasks.ToLookup(t => t.CaseId);
        // Returned: the next handling or reassign task of the case, opened at or after this one closed, is a reassign.
        var rows = (await Figures.AssignmentsAsync(new FigureQuery().By(Dimension.Department))).Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Measures);
        var expected = handle.Where(t => t.Department is not null).GroupBy(t => t.Department!).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Keys.Order(), rows.Keys.Order());
        foreach (var (department, list) in expected)
        {
            var m = rows[department];
            var responded = list.Where(t => t.Responded).ToList();
            Assert.Equal(list.Count, m.Assigned);
            Assert.Equal(responded.Count, m.Responded);
            Assert.Equal(responded.Sum(t => t.ResponseMinutes), m.ResponseMinutes, 3);
            Assert.Equal(list.Count(t => t.Returned(byCase)), m.Returned);
            Assert.Equal(list.Count(t => t.Warning == "Overdue"), m.Overdue);
            Assert.Equal(list.Count(t => t.State == "Done"), m.Completed);
        }
        var total = rows.Values.Aggregate((a, b) => new AssignmentMeasures(a.Assigned + b.Assigned, a.Responded + b.Responded,
            a.ResponseMinutes + b.ResponseMinutes, a.Returned + b.Returned, a.Overdue + b.Overdue, a.Completed + b.Completed));
        Assert.True(total.Returned > 0 && total.Responded > 0 && total.ResponseMinutes > 0, $"{total}");
    }

    [Fact]
    public async Task The_facts_behind_a_figure_add_up_to_it()
    {
        var query = new FigureQuery { From = Time.At("2026-02-01T00:00"), To = Time.At("2026-03-01T00:00") }.Where(Dimension.County, "990102");
        var m = (await Figures.CasesAsync(query)).Single().Measures;
        var facts = await Figures.CaseFactsAsync(query, FactOrder.Newest, 10_000);
        Assert.Equal(m.Reported, facts.Count);
        Assert.Equal(m.Closed, facts.Count(f => f.Closed));
        Assert.Equal(m.OnTimeClosed, facts.Count(f => f.Closed && f.OnTime && f.Warning != "Overdue"));
        Assert.Equal(m.Overdue, facts.Count(f => f.Overdue));
        Assert.Equal(m.Open, facts.Count(f => f.Open));
        Assert.Equal(m.Returned, facts.Count(f => f.Returned));
        Assert.All(facts, f => Assert.StartsWith("990102", f.GridCode));
        Assert.Equal(facts.OrderByDescending(f => f.ReportedAt).Select(f => f.Id), facts.Select(f => f.Id));

        var tasks = await Figures.AssignmentsAsync(query);
        var taskFacts = await Figures.AssignmentFactsAsync(query, 10_000);
        Assert.Equal(tasks.Single().Measures.Assigned, taskFacts.Count);
        Assert.Equal(tasks.Single().Measures.Returned, taskFacts.Count(t => t.Returned));
    }

    [Fact]
    public async Task A_scope_counts_what_its_holder_may_see()
    {
        var county = await Figures.CasesAsync(new FigureQuery { Scope = new FigureScope(false, "990103", null, null, null) });
        Assert.Equal(await Db.CountAsync("grid_code LIKE '990103%'"), county.Single().Measures.Reported);
        var water = await Figures.CasesAsync(new FigureQuery { Scope = new FigureScope(false, null, null, "SW-990102", null) });
        Assert.Equal(await Db.CountAsync("id IN (SELECT case_id FROM case_tasks WHERE department_code = 'SW-990102')"), water.Single().Measures.Reported);
        var nothing = await Figures.CasesAsync(new FigureQuery { Scope = new FigureScope(false, null, null, null, null) });
        Assert.Equal(0, nothing.Single().Measures.Reported);
    }
}

[Collection(SeededSqliteCollection.Name)]
public sealed class ReadSideOnSqlite(SeededSqlite seeded) : ReadSideTests(seeded);

[Collection(SeededPostgresCollection.Name)]
public sealed class ReadSideOnPostgres(SeededPostgres seeded) : ReadSideTests(seeded);
