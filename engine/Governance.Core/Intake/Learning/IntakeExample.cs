namespace Governance.Core.Intake.Learning;

/// <summary>
/// One registration as a lesson: what the reporter wrote and the item the center registered it under (the one it was
/// reported with when the operator confirmed it, another when the operator corrected it). Written in the same
/// transaction as the registration, keyed by the accept task, so each registration teaches once.
/// </summary>
public sealed record IntakeExample(
    string Id, string CaseId, string CountyCode, string GridCode, string Channel, string Text, string ReportedItem, string Item,
    DateTimeOffset At)
{
    public bool Corrected => !string.Equals(ReportedItem, Item, StringComparison.Ordinal);
}
