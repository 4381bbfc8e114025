namespace Governance.Core.Intake.Learning;

/// <summary>
/// One trained version of a county's learned layer, with how well its recipe did on the county's most recent
/// registrations (held out while it was fitted) beside the catalog-only model on the same cases. Exactly one version
/// of a county is active; an administrator may switch back to an earlier one.
/// </summary>
public sealed record ModelVersion(
    string County, int Version, DateTimeOffset CreatedAt, string? CreatedBy, int Examples, int HeldOut,
    double? Top1, double? Top3, double? BaseTop1, double? BaseTop3, bool Active, string Features, string Parameters,
    DateTimeOffset? LastExampleAt, string? Note)
{
    /// <summary>The learned evidence (<see cref="LearnedLayer"/>); empty when only the list of versions was read.</summary>
    public byte[] Payload { get; init; } = [];
}
