namespace Governance.Core.Reports.Model;

/// <summary>What a derived element computes over the cases reported in the period.</summary>
public enum Measure { Count, Sum, Avg, Rate }

/// <summary>A numeric property of a case that <see cref="Measure.Sum"/> and <see cref="Measure.Avg"/> add up.</summary>
public enum CaseMeasureField { HandlingHours, ReopenCount, FormNumber }

/// <summary>
/// A declarative query over cases: a measure, the cases it counts and, for a rate, which of those make the
/// numerator. The storage layer turns it into SQL; nothing here knows a database.
/// </summary>
/// <param name="Measure">count of matching cases, sum or average of <paramref name="Field"/>, or the share of matching cases that also match <paramref name="Numerator"/>.</param>
public sealed record DerivedQuery(Measure Measure, CaseSelection Filter, CaseField? Field, CaseSelection? Numerator);

/// <summary>The field a sum or average reads; a form number names the form and its field key.</summary>
public sealed record CaseField(CaseMeasureField Kind, string? Form = null, string? Key = null);

/// <summary>
/// Which cases: every list is "any of" (empty = no condition), the lists are combined with "and".
/// Status, satisfaction and channel codes are those the case store writes.
/// </summary>
public sealed record CaseSelection(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Urgencies,
    IReadOnlyList<string> Satisfactions,
    bool? OnTime,
    bool? Reopened,
    IReadOnlyList<FormCondition> Form)
{
    public static CaseSelection All { get; } = new([], [], [], [], [], [], null, null, []);
}

/// <summary>A condition on a value the intake form saved: <c>intake-dispute.disputeType</c> is one of the values.</summary>
public sealed record FormCondition(string Form, string Key, IReadOnlyList<string> Values);
