namespace Governance.Core.Definitions.Model;

public enum TimeUnit { Minute, WorkHour, WorkDay }

/// <summary>An amount of time in one unit: wall-clock minutes, office hours (工作时) or working days (工作日).</summary>
public sealed record TimeLimit(int Amount, TimeUnit Unit)
{
    public override string ToString() => $"{Amount} {Unit.ToString().ToLowerInvariant()}";
}

/// <summary>A time limit for one urgency of an item, or of every item of a category that has none of its own.</summary>
public sealed record LimitRule(string? Item, string? Category, string Urgency, TimeLimit Limit, SourceRef Source)
{
    /// <summary>The key an overlay overrides by.</summary>
    public string Key => Item is not null ? $"item:{Item}/{Urgency}" : $"category:{Category}/{Urgency}";
}

/// <summary>The share of the limit used up at which the blue, yellow and red warnings are raised.</summary>
public sealed record WarningThresholds(double Blue, double Yellow, double Red, SourceRef Source);
