using Governance.TestSupport;
using Governance.Core.Calendar;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Tests.Calendar;

/// <summary>The official calendar with real dates: holidays, make-up working days and deadlines across them.</summary>
public class CalendarTests
{
    static readonly DefinitionSet Set = DefinitionLoader.Load(RepoFiles.Definitions);
    static readonly WorkCalendar City = new(Set.City!.Calendar);
    static readonly WorkCalendar Qingshan = new(Set.For("990121").Calendar);

    static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00");
    static DateOnly Day(string d) => DateOnly.Parse(d);

    static DateTimeOffset Deadline(string from, int amount, TimeUnit unit, WorkCalendar? calendar = null) =>
        new TimeLimitClock(At(from), new TimeLimit(amount, unit)).Deadline(calendar ?? City)!.Value;

    [Theory]
    [InlineData("2026-01-04")] // a Sunday, make-up day after New Year
    [InlineData("2026-02-14")] // a Saturday, make-up day before Spring Festival
    [InlineData("2026-02-28")] // a Saturday, make-up day after Spring Festival
    [InlineData("2025-09-28")] // a Sunday, make-up day before National Day
    [InlineData("2025-10-11")] // a Saturday, make-up day after National Day
    [InlineData("2026-02-24")] // the Tuesday work resumes after Spring Festival
    public void Make_up_days_and_ordinary_weekdays_are_working_days(string date) =>
        Assert.True(City.IsWorkingDay(Day(date)));

    [Theory]
    [InlineData("2025-10-01")] [InlineData("2025-10-02")] [InlineData("2025-10-03")] [InlineData("2025-10-04")]
    [InlineData("2025-10-05")] [InlineData("2025-10-06")] [InlineData("2025-10-07")] [InlineData("2025-10-08")]
    [InlineData("2026-02-16")] // a Monday in Spring Festival
    [InlineData("2026-01-01")] // New Year's Day, a Thursday
    [InlineData("2026-03-07")] // a plain Saturday
    public void Holidays_and_plain_weekends_are_not(string date) =>
        Assert.False(City.IsWorkingDay(Day(date)));

    [Fact]
    public void A_date_in_a_year_with_no_calendar_data_is_an_error_not_a_weekday_guess()
    {
        var e = Assert.Throws<CalendarException>(() => City.IsWorkingDay(Day("2027-01-05")));
        Assert.Equal("CAL-YEAR-MISSING", e.Code);
        Assert.Contains("2027 年没有日历数据", e.Message);
        Assert.Throws<CalendarException>(() => Deadline("2026-12-30T10:00", 5, TimeUnit.WorkDay));
    }

    [Fact]
    public void Working_days_start_counting_on_the_next_working_day_and_end_at_office_close()
    {
        // Monday → Tuesday close, Wednesday close.
        Assert.Equal(At("2026-03-10T17:30"), Deadline("2026-03-09T10:00", 1, TimeUnit.WorkDay));
        Assert.Equal(At("2026-03-11T17:30"), Deadline("2026-03-09T16:59", 2, TimeUnit.WorkDay));
        // Reported on a Saturday: Monday is day one.
        Assert.Equal(At("2026-03-09T17:30"), Deadline("2026-03-07T09:00", 1, TimeUnit.WorkDay));
    }

    [Fact]
    public void Working_days_across_Spring_Festival_2026_skip_the_holiday_and_count_the_make_up_Saturdays()
    {
        // Fri 13 Feb: day 1 is Sat 14 Feb (make-up), the holiday runs 15–23 Feb, day 2 is Tue 24 Feb.
        Assert.Equal(At("2026-02-14T17:30"), Deadline("2026-02-13T10:00", 1, TimeUnit.WorkDay));
        Assert.Equal(At("2026-02-25T17:30"), Deadline("2026-02-13T10:00", 3, TimeUnit.WorkDay));
        // From Thu 26 Feb: Fri 27, Sat 28 (make-up), Mon 2 Mar.
        Assert.Equal(At("2026-03-02T17:30"), Deadline("2026-02-26T09:00", 3, TimeUnit.WorkDay));
    }

    [Fact]
    public void Working_days_across_National_Day_2025_skip_the_eight_day_holiday()
    {
        // Sat 27 Sep: day 1 is Sun 28 Sep (make-up), day 2 Mon 29, day 3 Tue 30, day 4 Thu 9 Oct.
        Assert.Equal(At("2025-10-09T17:30"), Deadline("2025-09-27T10:00", 4, TimeUnit.WorkDay));
        Assert.Equal(At("2025-10-10T17:30"), Deadline("2025-09-30T16:00", 2, TimeUnit.WorkDay));
        // Thu 9 Oct → Fri 10, Sat 11 (make-up).
        Assert.Equal(At("2025-10-11T17:30"), Deadline("2025-10-09T08:00", 2, TimeUnit.WorkDay));
    }

    [Fact]
    public void Working_hours_count_only_office_hours_of_working_days()
    {
        // 16:00–17:30 is 1.5 h; the rest runs on 9 Oct after the holiday from 08:30.
        Assert.Equal(At("2025-10-09T11:00"), Deadline("2025-09-30T16:00", 4, TimeUnit.WorkHour));
        // The lunch break does not count: 11:00 + 2 h = 12:00 + 1 h from 14:00.
        Assert.Equal(At("2026-03-09T15:00"), Deadline("2026-03-09T11:00", 2, TimeUnit.WorkHour));
        // Reported at night: counting starts at the next opening.
        Assert.Equal(At("2026-03-10T09:30"), Deadline("2026-03-09T22:00", 1, TimeUnit.WorkHour));
        // Time that runs out exactly at lunch ends at 12:00, not at 14:00.
        Assert.Equal(At("2026-03-09T12:00"), Deadline("2026-03-09T09:00", 3, TimeUnit.WorkHour));
    }

    [Fact]
    public void Minutes_are_wall_clock_even_over_a_holiday()
    {
        Assert.Equal(At("2025-10-01T00:30"), Deadline("2025-09-30T23:00", 90, TimeUnit.Minute));
    }

    [Fact]
    public void A_county_with_its_own_office_hours_gets_its_own_deadlines()
    {
        Assert.Equal(At("2025-10-09T10:00"), Deadline("2025-09-30T16:00", 4, TimeUnit.WorkHour, Qingshan));
        Assert.Equal(At("2025-10-10T18:00"), Deadline("2025-09-30T16:00", 2, TimeUnit.WorkDay, Qingshan));
    }

    [Fact]
    public void Converting_to_and_from_the_city_time_zone_keeps_the_instant()
    {
        var utc = new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTime(2026, 3, 9, 10, 0, 0), City.ToLocal(utc));
        Assert.Equal(utc, City.FromLocal(City.ToLocal(utc)));
        Assert.Equal(At("2026-03-10T17:30"), new TimeLimitClock(utc, new TimeLimit(1, TimeUnit.WorkDay)).Deadline(City));
    }
}
