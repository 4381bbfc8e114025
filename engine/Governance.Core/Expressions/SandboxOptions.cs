namespace Governance.Core.Expressions;

/// <summary>
/// Limits for every script evaluation, enforced by Jint's own constraints (TimeoutInterval, MaxStatements,
/// LimitRecursion, LimitMemory). A script that passes one becomes an incident on its instance.
/// </summary>
public sealed record SandboxOptions
{
    /// <summary>Wall-clock time one evaluation may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Statements one evaluation may execute; 0 for no limit.</summary>
    public int MaxStatements { get; init; } = 100_000;

    public int MaxRecursion { get; init; } = 64;

    /// <summary>Bytes one evaluation may allocate (Jint's LimitMemory); 0 for no limit.</summary>
    public long MaxAllocatedBytes { get; init; } = 64L * 1024 * 1024;

    public static SandboxOptions Default { get; } = new();
}
