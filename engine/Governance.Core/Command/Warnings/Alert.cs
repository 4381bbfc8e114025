using Governance.Core.Definitions.Model;

namespace Governance.Core.Command.Warnings;

public enum AlertState { Open, Acknowledged }

/// <summary>
/// An early warning raised by a rule, with the cases that caused it. <see cref="Subject"/> says what it is about
/// (an item in a grid, a phone number and grid, a case) and <see cref="Key"/> makes it unique for its rule.
/// </summary>
public sealed record Alert(
    string Id, string RuleId, string RuleName, AlertLevel Level, string Subject, string Key, string PlaceCode, string CountyCode, string Summary,
    DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, AlertState State, string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt,
    IReadOnlyList<AlertCase> Cases);

/// <summary>A case behind an alert, and when it was added to it.</summary>
public sealed record AlertCase(string CaseId, string Number, DateTimeOffset AddedAt);

/// <summary>An alert to insert (<see cref="IsNew"/>) or to update (level, summary, time) with cases added to it.</summary>
public sealed record AlertChange(Alert Alert, bool IsNew, IReadOnlyList<AlertCase> AddedCases);

/// <summary>Which alerts to list.</summary>
public sealed record AlertQuery(AlertState? State = null, AlertLevel? Level = null, string? CaseId = null, DateTimeOffset? UpdatedSince = null, int Limit = 100, string? Id = null);
