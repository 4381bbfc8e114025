using Governance.Core.Messages;

namespace Governance.Core.Calendar;

/// <summary>A deadline cannot be computed because the calendar lacks what it needs: a configuration error, never a guess.</summary>
public sealed class CalendarException(string code, params object?[] args) : Exception(Text.Format(code, args))
{
    public string Code { get; } = code;
}
