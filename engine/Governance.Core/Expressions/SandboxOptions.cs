namespace Governance.Core.Expressions;

/// <summary>Limits for every script evaluation. A script that passes one becomes an incident on its instance.</summary>
public sealed record SandboxOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public int MaxStatements { get; init; } = 100_000;
    public int MaxRecursion { get; init; } = 64;

    /// <summary>Bytes a script may allocate, checked before each statement; 0 turns the check off (it costs about 1 µs a statement).</summary>
    public long MaxAllocatedBytes { get; init; } = 64L * 1024 * 1024;

    public static SandboxOptions Default { get; } = new();
}
