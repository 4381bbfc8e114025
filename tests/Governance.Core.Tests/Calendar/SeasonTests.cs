using Governance.Core.Calendar;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.TestSupport;

namespace Governance.Core.Tests.Calendar;

/// <summary>Summer and winter office hours (夏季/冬季作息): the hours shift with the season, a working day keeps its length.</summary>
public class SeasonTests
{
    static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00");

    static DefinitionSet WithSummerHours(string to = "09-30", string afternoonEnd = "18:00")
    {
        using var package = new PackageCopy().Edit("calendar/calendar.json", n => n["seasons"] = System.Text.Json.Nodes.JsonNode.Parse($$"""
            [ { "name": "夏季作息", "from": "05-01", "to": "{{to}}",
                "officeHours": [ { "start": "08:30", "end": "12:00" }, { "start": "14:30", "end": "{{afternoonEnd}}" } ] } ]
            """));
        return DefinitionLoader.Load(package.Dir);
    }

    [Fact]
    public void Working_hours_in_summer_count_the_summer_afternoon()
    {
        var set = WithSummerHours();
        Assert.Empty(set.Problems.Errors);
        var calendar = new WorkCalendar(set.City!.Calendar);
        // Monday 15 June 2026, 4 working hours from 11:00: one before noon, three from 14:30 — 17:30 (winter would say 17:00).
        Assert.Equal(At("2026-06-15T17:30"), new TimeLimitClock(At("2026-06-15T11:00"), new TimeLimit(4, TimeUnit.WorkHour)).Deadline(calendar));
        Assert.Equal(At("2026-03-09T17:00"), new TimeLimitClock(At("2026-03-09T11:00"), new TimeLimit(4, TimeUnit.WorkHour)).Deadline(calendar));
        // A working-day limit ends at the close of that day's hours.
        Assert.Equal(At("2026-06-16T18:00"), new TimeLimitClock(At("2026-06-15T10:00"), new TimeLimit(1, TimeUnit.WorkDay)).Deadline(calendar));
    }

    [Fact]
    public void A_season_that_changes_the_length_of_a_working_day_is_refused_and_so_are_overlapping_seasons()
    {
        var longer = WithSummerHours(afternoonEnd: "18:30");
        Assert.Contains(longer.Problems.Errors, e => e.Code == "DEF-CAL-SEASON-LENGTH" && e.Path == "$.seasons[0].officeHours");

        using var package = new PackageCopy().Edit("calendar/calendar.json", n => n["seasons"] = System.Text.Json.Nodes.JsonNode.Parse("""
            [ { "name": "夏季作息", "from": "05-01", "to": "09-30", "officeHours": [ { "start": "08:00", "end": "12:00" }, { "start": "14:30", "end": "17:30" } ] },
              { "name": "秋季作息", "from": "09-15", "to": "10-31", "officeHours": [ { "start": "08:30", "end": "12:00" }, { "start": "14:00", "end": "17:30" } ] },
              { "name": "坏日期", "from": "13-01", "to": "02-30", "officeHours": [ { "start": "08:30", "end": "12:00" }, { "start": "14:00", "end": "17:30" } ] } ]
            """));
        var errors = DefinitionLoader.Load(package.Dir).Problems.Errors.ToList();
        Assert.Contains(errors, e => e.Code == "DEF-CAL-SEASON-OVERLAP" && e.Path == "$.seasons[1].from");
        Assert.Contains(errors, e => e.Code == "DEF-CAL-MONTH-DAY" && e.Path == "$.seasons[2].from");
        Assert.Contains(errors, e => e.Code == "DEF-CAL-MONTH-DAY" && e.Path == "$.seasons[2].to");
    }

    [Fact]
    public void A_winter_season_may_run_across_the_new_year()
    {
        var winter = new OfficeSeason("冬季作息", 10, 1, 4, 30, []);
        Assert.True(winter.Contains(new DateOnly(2026, 12, 31)));
        Assert.True(winter.Contains(new DateOnly(2027, 1, 15)));
        Assert.False(winter.Contains(new DateOnly(2026, 6, 1)));
    }
}
