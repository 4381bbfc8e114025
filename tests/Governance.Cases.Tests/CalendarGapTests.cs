using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Storage;

namespace Governance.Cases.Tests;

/// <summary>
/// The package's calendar ends with 2026. A time limit that runs into 2027 cannot be computed (a missing year is a
/// configuration error, never guessed as weekends-only), but the citizen's report must not be refused for it: the
/// case goes on without a deadline, the journal says why, and once the administrator adds the year the deadline appears.
/// </summary>
public class CalendarGapTests
{
    [Fact]
    public async Task A_limit_running_into_a_year_without_calendar_data_leaves_the_deadline_open_until_the_year_is_added()
    {
        var storage = StorageOptions.Sqlite(Path.Combine(Path.GetTempPath(), $"gov-calendar-{Guid.NewGuid():N}.db"));
        var clock = new ManualClock(Repo.At("2026-12-30T09:00")); // Wednesday; 3 working days run into January 2027
        var host = await TestEngine.StartAsync(storage, Repo.Set, clock);
        var c = (await host.Service.ReportAsync(new IntakeRequest("hotline", "01001", "normal", "井盖缺失，存在安全隐患", "990102001001001", "东湖路 88 号", null, null, null, null, null))).Case;
        Assert.NotNull(c.Deadline); // the center's acceptance limit still ends in 2026
        var dispatched = await host.Service.ActAsync((await host.Cases.GetTasksAsync(c.Id)).Single().Id, "register", new ActionRequest("立案"), Repo.User("op-990102"));

        Assert.Equal(CaseStatus.Dispatched, dispatched.Status);
        Assert.Null(dispatched.Deadline);
        var handle = (await host.Cases.GetTasksAsync(c.Id)).Single(t => t.State == TaskState.Open);
        Assert.Null(handle.Deadline);
        var note = Assert.Single(await host.Cases.GetJournalAsync(c.Id), j => j.Comment?.Contains("时限暂无法计算") == true);
        Assert.Contains("2027", note.Comment);

        // The warning pass looks again every hour without filling the journal.
        clock.Set(Repo.At("2026-12-30T10:30"));
        Assert.Equal(0, await host.Service.RaiseDueWarningsAsync("test"));
        Assert.Single(await host.Cases.GetJournalAsync(c.Id), j => j.Comment?.Contains("时限暂无法计算") == true);
        Assert.Null((await host.Cases.GetTasksAsync(c.Id)).Single(t => t.State == TaskState.Open).Deadline);

        // The administrator adds 2027 (a test calendar: New Year's Day off, otherwise weekdays) and restarts.
        using var package = new Governance.TestSupport.PackageCopy()
            .Write("calendar/holidays/2027.json", """{ "year": 2027, "papers": [], "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true } ] }""")
            .Edit("calendar/calendar.json", n => n["years"]!.AsArray().Add(2027));
        var completed = DefinitionLoader.Load(package.Dir);
        Assert.Empty(completed.Problems.Errors);
        var restarted = await TestEngine.StartAsync(storage, completed, clock);
        clock.Set(Repo.At("2026-12-30T11:31"));
        await restarted.Service.RaiseDueWarningsAsync("test");

        var task = (await restarted.Cases.GetTasksAsync(c.Id)).Single(t => t.State == TaskState.Open);
        // 31 December, then Monday 4 and Tuesday 5 January (New Year's Day and the weekend are off).
        Assert.Equal(Repo.At("2027-01-05T17:30"), task.Deadline);
        Assert.Equal(task.Deadline, (await restarted.Cases.GetAsync(c.Id))!.Deadline);
        Assert.Contains(await restarted.Cases.GetJournalAsync(c.Id), j => j.Comment?.StartsWith("日历已补齐") == true);
    }

    [Fact]
    public void Administrators_are_told_from_sixty_days_before_the_year_ends_that_the_next_years_calendar_is_missing()
    {
        var calendar = Repo.Set.City!.Calendar; // 2023–2026
        Assert.Null(Core.Calendar.CalendarCoverage.Warning(calendar, Repo.At("2026-10-31T09:00")));
        var soon = Core.Calendar.CalendarCoverage.Warning(calendar, Repo.At("2026-11-22T09:00"));
        Assert.Contains("2027 年的节假日安排", soon);
        Assert.Contains("配置管理 → 日历", soon); // where an administrator enters it, not a file path
        Assert.DoesNotContain("calendar/", soon);
        Assert.Contains("2027 没有日历数据", Core.Calendar.CalendarCoverage.Warning(calendar, Repo.At("2027-01-02T09:00")));
    }
}

public class CalendarWarningApiTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    [Fact]
    public async Task The_definitions_summary_carries_the_calendar_warning_for_the_browser_banner()
    {
        var api = server.Factory;
        var before = api.Clock.GetUtcNow();
        try
        {
            Assert.Null((await api.CreateClient().GetAsync("/api/definitions/summary").Ok())["calendarWarning"]);
            api.Clock.Set(Repo.At("2026-12-01T09:00"));
            Assert.Contains("2027", (string?)(await api.CreateClient().GetAsync("/api/definitions/summary").Ok())["calendarWarning"]);
        }
        finally
        {
            api.Clock.Set(before);
        }
    }
}
