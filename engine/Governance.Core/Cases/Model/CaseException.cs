using Governance.Core.Messages;

namespace Governance.Core.Cases.Model;

/// <summary>A case request refused: illegal transition, no permission, not found, stale. <see cref="Status"/> is the HTTP status it maps to.</summary>
public sealed class CaseException(string code, int status, params object?[] args) : Exception(Text.Format(code, args))
{
    public string Code { get; } = code;
    public int Status { get; } = status;
    /// <summary>The request field the problem is about, when there is one (for problem details).</summary>
    public string? Field { get; init; }
    /// <summary>Per-field problems of a form submission: path, code and message.</summary>
    public IReadOnlyList<(string Path, string Code, string Message)> Errors { get; init; } = [];
}

public static class Statuses
{
    public static string Name(CaseStatus s) => Text.Format("CASE-STATUS-" + s.ToString().ToUpperInvariant());
}
