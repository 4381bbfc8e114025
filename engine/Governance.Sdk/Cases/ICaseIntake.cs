namespace Governance.Sdk.Cases;

/// <summary>
/// Reports an event as a new case, as any channel does (the public page, a grid worker, the 12345 hotline): the case
/// is checked, numbered and started on the city's loop. An activity gets it from
/// <see cref="Activities.IActivityContext.Services"/>; a plugin that receives tickets from another system uses it.
/// </summary>
public interface ICaseIntake
{
    /// <summary>
    /// Creates the case, or returns the one already created for the same <see cref="CaseReport.ExternalReference"/>
    /// (a platform that sends a ticket twice gets one case). Throws <see cref="CaseIntakeException"/> when the report is
    /// refused (unknown item, grid or channel, empty description), with a message for people and the field at fault.
    /// </summary>
    Task<CaseReceipt> ReportAsync(CaseReport report, CancellationToken cancellationToken = default);
}

/// <summary>What another system reports.</summary>
/// <param name="Channel">Channel code from the package's dictionary, e.g. <c>hotline</c> (12345热线).</param>
/// <param name="ItemCode">Catalog item code, e.g. <c>01010</c>.</param>
/// <param name="Description">What happened, as the citizen told it.</param>
/// <param name="GridCode">The 15-digit grid where it happened.</param>
/// <param name="Urgency">Urgency code; null for the item's first.</param>
/// <param name="Address">Address as told.</param>
/// <param name="Longitude">WGS-84 longitude, if known.</param>
/// <param name="Latitude">WGS-84 latitude, if known.</param>
/// <param name="ReporterName">Reporter's name.</param>
/// <param name="ReporterPhone">Reporter's phone.</param>
/// <param name="ExternalReference">The other system's own number for it (e.g. the hotline's ticket number): the same
/// reference never makes a second case, and it is handed back in <see cref="CaseClosure.ExternalReference"/>.</param>
public sealed record CaseReport(
    string Channel,
    string ItemCode,
    string Description,
    string GridCode,
    string? Urgency = null,
    string? Address = null,
    double? Longitude = null,
    double? Latitude = null,
    string? ReporterName = null,
    string? ReporterPhone = null,
    string? ExternalReference = null);

/// <summary>The case a report made.</summary>
/// <param name="CaseId">The case id.</param>
/// <param name="Number">The case number people use, e.g. <c>990102-20261201-0007</c>.</param>
/// <param name="Created">False when the reference had already made this case.</param>
public sealed record CaseReceipt(string CaseId, string Number, bool Created);

/// <summary>A refused report: a stable <see cref="Code"/>, a message for people (Chinese) and the field at fault.</summary>
public sealed class CaseIntakeException(string code, string message, string? field) : Exception(message)
{
    /// <summary>Stable code, e.g. <c>CASE-ITEM-UNKNOWN</c>.</summary>
    public string Code { get; } = code;

    /// <summary>The report field at fault (<c>itemCode</c>, <c>gridCode</c>…), if one is.</summary>
    public string? Field { get; } = field;
}
