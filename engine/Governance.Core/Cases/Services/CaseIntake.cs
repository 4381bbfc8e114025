using Governance.Core.Cases.Model;
using Governance.Sdk.Cases;

namespace Governance.Core.Cases.Services;

/// <summary>
/// The SDK's <see cref="ICaseIntake"/> over the case service: a plugin's report goes through the same checks,
/// numbering and loop as any intake. The external reference is kept as the case's idempotency key
/// (<c>ext/{channel}/{reference}</c>), so a ticket sent twice makes one case and closure can hand the reference back.
/// </summary>
public sealed class CaseIntake(CaseService cases) : ICaseIntake
{
    const int MaxReference = 150;

    public async Task<CaseReceipt> ReportAsync(CaseReport report, CancellationToken cancellationToken = default)
    {
        if (report.ExternalReference is { Length: > MaxReference })
            throw new CaseIntakeException("CASE-REFERENCE-TOO-LONG", Messages.Text.Format("CASE-REFERENCE-TOO-LONG", MaxReference), "externalReference");
        try
        {
            var key = report.ExternalReference is { Length: > 0 } reference ? Key(report.Channel, reference) : null;
            var result = await cases.ReportAsync(new IntakeRequest(report.Channel, report.ItemCode, report.Urgency, report.Description ?? "", report.GridCode,
                report.Address, report.Longitude, report.Latitude, report.ReporterName, report.ReporterPhone, key), null, cancellationToken);
            return new CaseReceipt(result.Case.Id, result.Case.Number, result.Created);
        }
        catch (CaseException e)
        {
            throw new CaseIntakeException(e.Code, e.Message, e.Field);
        }
    }

    static string Key(string channel, string reference) => $"ext/{channel}/{reference}";

    /// <summary>The external reference a case was reported with through this intake, if any.</summary>
    public static string? ReferenceOf(Case c) =>
        c.IdempotencyKey is { } key && key.StartsWith(Key(c.Channel, ""), StringComparison.Ordinal) ? key[Key(c.Channel, "").Length..] : null;
}
