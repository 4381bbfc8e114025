using Governance.Core.Messages;

namespace Governance.Core.Packages.Admin;

/// <summary>Who edits the package: a city administrator edits every scope, a county administrator only its county's.</summary>
public sealed record PackageEditor(string Username, bool IsCityAdmin, string? County)
{
    public bool CanEdit(string scope, string cityScope) => IsCityAdmin || (County is not null && scope == County && scope != cityScope);
}

/// <summary>A package request refused: no such scope or document, not the editor's scope, bad JSON. <see cref="Status"/> is its HTTP status.</summary>
public sealed class PackageAdminException(string code, int status, params object?[] args) : Exception(Text.Format(code, args))
{
    public string Code { get; } = code;
    public int Status { get; } = status;
    /// <summary>The request field the problem is about, when there is one.</summary>
    public string? Field { get; init; }
}
