using Governance.Core.Forms.Model;

namespace Governance.Core.Forms.Runtime;

/// <summary>
/// Resolves option sources (<see cref="Validation.FormSourceNames"/>) for choice fields and grid codes for places.
/// The host implements it; <see cref="DefinitionFormSources"/> answers from a loaded package.
/// </summary>
public interface IFormSources
{
    /// <summary>Whether <paramref name="value"/> is an option of <paramref name="source"/>; null when this host cannot tell (the value is then accepted).</summary>
    bool? Contains(string source, string value);

    /// <summary>The options of a source, for the browser to offer.</summary>
    IEnumerable<FieldOption> Options(string source);
}

/// <summary>Hands out serial-number counters; one sequence per key and day, never repeating a number.</summary>
public interface ISerialCounter
{
    long Next(string key, DateOnly day);
}

/// <summary>A counter in memory, for tests and the CLI; the server uses a stored one.</summary>
public sealed class InMemorySerialCounter : ISerialCounter
{
    readonly Dictionary<(string, DateOnly), long> next = [];

    public long Next(string key, DateOnly day)
    {
        lock (next)
        {
            var n = next.GetValueOrDefault((key, day)) + 1;
            next[(key, day)] = n;
            return n;
        }
    }
}

/// <summary>What a form check needs from its host: option sources, the serial counter and the local date.</summary>
public sealed record FormEnvironment
{
    public IFormSources? Sources { get; init; }
    public ISerialCounter? Counter { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>The package's time zone: a serial number carries the local date.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public static FormEnvironment Default { get; } = new();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZone).DateTime);
}
