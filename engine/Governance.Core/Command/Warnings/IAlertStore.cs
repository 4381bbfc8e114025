using Governance.Core.ReadSide;

namespace Governance.Core.Command.Warnings;

/// <summary>
/// Where alerts live, which cases the warning rules have looked at, and the leases that let one server at a time
/// evaluate rules (so several servers raise each alert once).
/// </summary>
public interface IAlertStore
{
    /// <summary>Takes or renews the lease on a named job; false while another owner holds it.</summary>
    Task<bool> TryLeaseAsync(string job, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>Cases reported since <paramref name="since"/> that the arrival rules have not looked at yet, oldest first.</summary>
    Task<IReadOnlyList<CaseFact>> UncheckedCasesAsync(DateTimeOffset since, int max, CancellationToken ct = default);

    /// <summary>Writes alert changes and marks the cases as looked at, in one transaction.</summary>
    Task SaveAsync(IReadOnlyList<AlertChange> changes, IReadOnlyList<string> checkedCaseIds, DateTimeOffset now, CancellationToken ct = default);

    /// <summary>The latest alert of a rule that holds any of these cases.</summary>
    Task<Alert?> LatestHoldingAsync(string ruleId, IReadOnlyCollection<string> caseIds, CancellationToken ct = default);

    /// <summary>The alert of a rule with this key.</summary>
    Task<Alert?> FindAsync(string ruleId, string key, CancellationToken ct = default);

    Task<Alert?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Alerts with at least one case the scope may see, latest change first.</summary>
    Task<IReadOnlyList<Alert>> ListAsync(FigureScope scope, AlertQuery query, CancellationToken ct = default);

    /// <summary>Marks an open alert acknowledged (已阅); false when it was not open.</summary>
    Task<bool> AcknowledgeAsync(string id, string username, DateTimeOffset at, CancellationToken ct = default);
}
