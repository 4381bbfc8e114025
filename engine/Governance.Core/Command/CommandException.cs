using Governance.Core.Messages;

namespace Governance.Core.Command;

/// <summary>A refused command-center request: a catalog code, the HTTP status it means, and the parameter it is about.</summary>
public sealed class CommandException(string code, int status, params object?[] args) : Exception(Text.Format(code, args))
{
    public string Code { get; } = code;
    public int Status { get; } = status;
    public string? Field { get; init; }
}
