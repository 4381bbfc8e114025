using Jint.Runtime;

namespace Governance.Core.Expressions;

/// <summary>
/// What a script's <c>Date</c> reads as now: the runtime's injected clock, so tests that pin the clock pin scripts too.
/// Parsing and time zones are Jint's own.
/// </summary>
internal sealed class ClockTimeSystem(TimeProvider clock) : ITimeSystem
{
    readonly DefaultTimeSystem inner = new(TimeZoneInfo.Local, System.Globalization.CultureInfo.InvariantCulture);

    public DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public TimeZoneInfo DefaultTimeZone => inner.DefaultTimeZone;

    public bool TryParse(string date, out long epochMilliseconds) => inner.TryParse(date, out epochMilliseconds);

    public TimeSpan GetUtcOffset(long epochMilliseconds) => inner.GetUtcOffset(epochMilliseconds);
}
