using Governance.Core.Messages;

namespace Governance.Core.Input;

/// <summary>A request field refused before anything ran: too long, blank, of the wrong type or out of range. Always a 400 naming the field.</summary>
public sealed class InputException(string code, string field, params object?[] args) : Exception(Text.Format(code, args))
{
    public string Code { get; } = code;
    public string Field { get; } = field;
}
