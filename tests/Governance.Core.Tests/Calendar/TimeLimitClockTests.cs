using Governance.TestSupport;
using Governance.Core.Calendar;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;

namespace Governance.Core.Tests.Calendar;

/// <summary>Suspensions, extensions and blue/yellow/red warnings on the running clock of a case stage.</summary>
public class TimeLimitClockTests
{
    static readonly EffectivePackage Package = DefinitionLoader.Load(RepoFiles.Definitions).City!;
    static readonly WorkCalendar Calendar = new(Package.Calendar);
    static readonly WarningThresholds Thresholds = Package.Warnings; // 0.5 / 0.75 / 0.9

    static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00");

    [Fact]
    public void A_suspension_gives_back_the_office_time_it_covers()
    {
        // 8 working hours from Mon 9 Mar 08:30 would end at 17:30 the same day.
        var clock = new TimeLimitClock(At("2026-03-09T08:30"), new TimeLimit(8, TimeUnit.WorkHour));
        Assert.Equal(At("2026-03-10T09:30"), clock.Deadline(Calendar)); // 7 h on Monday + 1 h on Tuesday

        var suspended = clock.Suspend(At("2026-03-09T10:30"));
        Assert.True(suspended.IsSuspended);
        Assert.Null(suspended.Deadline(Calendar)); // unknown until it resumes

        // Suspended 10:30–15:00 on Monday: 1.5 h + 1 h of office time given back = 2.5 h later.
        var resumed = suspended.Resume(At("2026-03-09T15:00"));
        Assert.Equal(At("2026-03-10T12:00"), resumed.Deadline(Calendar));
    }

    [Fact]
    public void A_suspension_over_a_holiday_gives_back_only_working_days()
    {
        // 3 working days from Fri 13 Feb 2026 end on Wed 25 Feb (see CalendarTests).
        var clock = new TimeLimitClock(At("2026-02-13T10:00"), new TimeLimit(3, TimeUnit.WorkDay))
            .Suspend(At("2026-02-14T09:00")).Resume(At("2026-02-24T09:00"));
        // Suspended 30 min on the make-up Saturday and 30 min on 24 Feb; the deadline still ends at office close.
        Assert.Equal(At("2026-02-26T17:30"), clock.Deadline(Calendar));
    }

    [Fact]
    public void An_extension_in_working_days_moves_the_deadline_by_that_many_working_days()
    {
        var clock = new TimeLimitClock(At("2025-09-26T10:00"), new TimeLimit(2, TimeUnit.WorkDay));
        Assert.Equal(At("2025-09-29T17:30"), clock.Deadline(Calendar)); // Sun 28 Sep (make-up), Mon 29
        var extended = clock.Extend(new TimeLimit(2, TimeUnit.WorkDay));
        Assert.Equal(At("2025-10-09T17:30"), extended.Deadline(Calendar)); // Tue 30 Sep, Thu 9 Oct
    }

    [Fact]
    public void A_minute_extension_to_a_working_day_limit_is_added_after_the_deadline()
    {
        var clock = new TimeLimitClock(At("2026-03-09T10:00"), new TimeLimit(1, TimeUnit.WorkDay)).Extend(new TimeLimit(60, TimeUnit.Minute));
        Assert.Equal(At("2026-03-10T18:30"), clock.Deadline(Calendar));
    }

    [Fact]
    public void Warnings_turn_blue_yellow_red_then_overdue_as_the_limit_runs_down()
    {
        // 4 working hours from Mon 9 Mar 08:30: 2 h → 10:30 blue, 3 h → 11:30 yellow, 3.6 h → 14:06 red, 4 h → 14:30 due.
        var clock = new TimeLimitClock(At("2026-03-09T08:30"), new TimeLimit(4, TimeUnit.WorkHour));
        Assert.Equal(WarningLevel.None, clock.Warning(Calendar, Thresholds, At("2026-03-09T10:29")));
        Assert.Equal(WarningLevel.Blue, clock.Warning(Calendar, Thresholds, At("2026-03-09T10:30")));
        Assert.Equal(WarningLevel.Yellow, clock.Warning(Calendar, Thresholds, At("2026-03-09T13:00")));
        Assert.Equal(WarningLevel.Red, clock.Warning(Calendar, Thresholds, At("2026-03-09T14:10")));
        Assert.Equal(WarningLevel.Overdue, clock.Warning(Calendar, Thresholds, At("2026-03-09T14:31")));

        Assert.Equal(At("2026-03-09T10:30"), clock.DueAt(Calendar, Thresholds.Blue));
        Assert.Equal(At("2026-03-09T11:30"), clock.DueAt(Calendar, Thresholds.Yellow));
        Assert.Equal(At("2026-03-09T14:06"), clock.DueAt(Calendar, Thresholds.Red));
        Assert.Equal(At("2026-03-09T14:30"), clock.Deadline(Calendar));
    }

    [Fact]
    public void A_suspended_clock_does_not_run_down()
    {
        var clock = new TimeLimitClock(At("2026-03-09T08:30"), new TimeLimit(4, TimeUnit.WorkHour)).Suspend(At("2026-03-09T09:30"));
        Assert.Equal(0.25, clock.Used(Calendar, At("2026-03-12T16:00")), 3);
        Assert.Equal(WarningLevel.None, clock.Warning(Calendar, Thresholds, At("2026-03-12T16:00")));
    }
}
