using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Warnings;

/// <summary>
/// Runs the early-warning rules of definitions/warnings: the arrival rules on every case not looked at yet (woken right
/// after an intake commits, and on the schedule for cases other servers took in), then the scheduled rules. One server
/// at a time holds the lease, so with several servers each alert is raised once; a case counts as looked at only in
/// the transaction that writes its alerts, so a crash in between looks at it again and adds nothing twice. A pass runs
/// the rules of the package in force when it begins.
/// </summary>
public sealed class WarningEvaluator(IFigureReader figures, IAlertStore alerts, CaseService cases, IPackageProvider packages, TimeProvider clock)
{
    public const string Job = "warnings";

    /// <summary>How far back a pass looks for cases not looked at yet (older ones predate the rules).</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(2);

    /// <summary>One pass. Returns the alert changes written (new alerts and alerts that grew or changed colour).</summary>
    public async Task<IReadOnlyList<AlertChange>> RunAsync(string owner, CancellationToken ct = default)
    {
        // One pass at a time in this process (the scheduled loop and a caller asking now); the lease does it across servers.
        await gate.WaitAsync(ct);
        try { return await PassAsync(owner, ct); }
        finally { gate.Release(); }
    }

    readonly SemaphoreSlim gate = new(1, 1);

    async Task<IReadOnlyList<AlertChange>> PassAsync(string owner, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await alerts.TryLeaseAsync(Job, owner, TimeSpan.FromMinutes(2), now, ct)) return [];
        var definitions = packages.Current;
        var context = new WarningContext(figures, alerts, cases, definitions, now);
        var rules = definitions.Command.Warnings.Where(r => r.Enabled).ToList();
        var written = new List<AlertChange>();
        IReadOnlyList<CaseFact> batch;
        do
        {
            batch = await alerts.UncheckedCasesAsync(now - Lookback, 100, ct);
            foreach (var fact in batch)
            {
                var changes = new List<AlertChange>();
                foreach (var rule in rules)
                    if (ArrivalChecks.ByKind.TryGetValue(rule.GetType(), out var check) && await check(rule, fact, context, ct) is { } change)
                        changes.Add(change);
                await alerts.SaveAsync(changes, [fact.Id], now, ct);
                written.AddRange(changes);
            }
        } while (batch.Count == 100 && !ct.IsCancellationRequested);

        foreach (var rule in rules.OfType<OpenTooLongRule>())
        {
            var changes = await OpenTooLongCheck.RunAsync(rule, context, ct);
            if (changes.Count == 0) continue;
            await alerts.SaveAsync(changes, [], now, ct);
            written.AddRange(changes);
        }
        return written;
    }
}
