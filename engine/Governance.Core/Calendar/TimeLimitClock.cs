using Governance.Core.Definitions.Model;

namespace Governance.Core.Calendar;

/// <summary>A stretch during which the clock stands still (挂起); <see cref="To"/> is null while it lasts.</summary>
public sealed record ClockStop(DateTimeOffset From, DateTimeOffset? To);

public enum WarningLevel { None, Blue, Yellow, Red, Overdue }

/// <summary>
/// The running time limit of one stage of a case: when it started, its limit, the extensions granted
/// and the suspensions. Everything is derived on demand, so the deadline always agrees with the
/// recorded facts.
/// Minutes are wall-clock. Working hours count office hours of working days only. N working days
/// start counting on the next working day and end at office close of the Nth. Suspensions give back
/// the time they cover in the limit's own unit; a working-day deadline moved by a suspension still
/// ends at office close. An extension in the same kind of time (working hours and days share one) adds
/// to the limit; one in minutes to a working-time limit, or the reverse, is added after the deadline.
/// </summary>
public sealed record TimeLimitClock(DateTimeOffset Start, TimeLimit Limit, IReadOnlyList<ClockStop> Stops, IReadOnlyList<TimeLimit> Extensions)
{
    public TimeLimitClock(DateTimeOffset start, TimeLimit limit) : this(start, limit, [], []) { }

    public TimeLimitClock Suspend(DateTimeOffset at) =>
        IsSuspended ? this : this with { Stops = [.. Stops, new ClockStop(at, null)] };

    public TimeLimitClock Resume(DateTimeOffset at) =>
        !IsSuspended ? this : this with { Stops = [.. Stops.SkipLast(1), Stops[^1] with { To = at }] };

    public TimeLimitClock Extend(TimeLimit extension) => this with { Extensions = [.. Extensions, extension] };

    public bool IsSuspended => Stops.Count > 0 && Stops[^1].To is null;

    bool Working => Limit.Unit != TimeUnit.Minute;

    /// <summary>The deadline, or null while the clock is suspended (it cannot be known until it resumes).</summary>
    public DateTimeOffset? Deadline(WorkCalendar calendar) => Reach(calendar, 1.0, finish: true);

    /// <summary>When the given share of the limit (e.g. 0.75 for yellow) is used up; null while suspended.</summary>
    public DateTimeOffset? DueAt(WorkCalendar calendar, double share) => Reach(calendar, share, finish: share >= 1.0);

    /// <summary>The share of the limit used up at <paramref name="now"/> (above 1 when overdue).</summary>
    public double Used(WorkCalendar calendar, DateTimeOffset now)
    {
        var effectiveStart = EffectiveStart(calendar);
        var used = Measure(calendar, effectiveStart, now);
        foreach (var s in Stops)
        {
            var from = Max(s.From, effectiveStart);
            var to = Min(s.To ?? now, now);
            if (to > from) used -= Measure(calendar, from, to);
        }
        return used / Budget(calendar);
    }

    public WarningLevel Warning(WorkCalendar calendar, WarningThresholds thresholds, DateTimeOffset now)
    {
        if (!IsSuspended && Deadline(calendar) is { } deadline && now > deadline) return WarningLevel.Overdue;
        var used = Used(calendar, now);
        return used >= thresholds.Red ? WarningLevel.Red
            : used >= thresholds.Yellow ? WarningLevel.Yellow
            : used >= thresholds.Blue ? WarningLevel.Blue
            : WarningLevel.None;
    }

    DateTimeOffset? Reach(WorkCalendar calendar, double share, bool finish)
    {
        var remaining = Budget(calendar) * share;
        var cursor = EffectiveStart(calendar);
        foreach (var stop in Stops.OrderBy(s => s.From))
        {
            if (stop.To is { } end && end <= cursor) continue;
            var segment = Measure(calendar, cursor, Max(stop.From, cursor));
            if (segment >= remaining) return Finish(calendar, Advance(calendar, cursor, remaining), finish);
            remaining -= segment;
            if (stop.To is null) return null;
            cursor = Max(cursor, stop.To.Value);
        }
        return Finish(calendar, Advance(calendar, cursor, remaining), finish);
    }

    DateTimeOffset Finish(WorkCalendar calendar, DateTimeOffset reached, bool finish)
    {
        if (!finish) return reached;
        if (Limit.Unit == TimeUnit.WorkDay) reached = calendar.CloseOfDay(reached);
        foreach (var e in Extensions.Where(e => (e.Unit != TimeUnit.Minute) != Working))
            reached = e.Unit switch
            {
                TimeUnit.Minute => reached.AddMinutes(e.Amount),
                TimeUnit.WorkHour => calendar.AddWorkingTime(reached, TimeSpan.FromHours(e.Amount)),
                _ => calendar.AddWorkingTime(calendar.OpeningOfNextWorkingDay(reached), calendar.OfficeTimePerDay * e.Amount),
            };
        return reached;
    }

    DateTimeOffset EffectiveStart(WorkCalendar calendar) =>
        Limit.Unit == TimeUnit.WorkDay ? calendar.OpeningOfNextWorkingDay(Start) : Start;

    /// <summary>The whole limit, with same-kind extensions, on the limit's own time axis.</summary>
    TimeSpan Budget(WorkCalendar calendar) =>
        Extensions.Where(e => (e.Unit != TimeUnit.Minute) == Working).Append(Limit)
            .Aggregate(TimeSpan.Zero, (sum, l) => sum + Length(calendar, l));

    static TimeSpan Length(WorkCalendar calendar, TimeLimit l) => l.Unit switch
    {
        TimeUnit.Minute => TimeSpan.FromMinutes(l.Amount),
        TimeUnit.WorkHour => TimeSpan.FromHours(l.Amount),
        _ => calendar.OfficeTimePerDay * l.Amount,
    };

    TimeSpan Measure(WorkCalendar calendar, DateTimeOffset a, DateTimeOffset b) =>
        Working ? calendar.WorkingTimeBetween(a, b) : b > a ? b - a : TimeSpan.Zero;

    DateTimeOffset Advance(WorkCalendar calendar, DateTimeOffset from, TimeSpan amount) =>
        Working ? calendar.AddWorkingTime(from, amount) : from + amount;

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
