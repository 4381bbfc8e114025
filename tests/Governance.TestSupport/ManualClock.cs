namespace Governance.TestSupport;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset now = start;

    public ManualClock() : this(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.FromHours(8))) { }

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public void Set(DateTimeOffset at) => now = at;

    public void Advance(TimeSpan by) => now += by;
}
