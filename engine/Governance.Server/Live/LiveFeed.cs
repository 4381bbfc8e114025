using Governance.Core.Command.Warnings;
using Governance.Core.ReadSide;
using Governance.Server.Command;
using Governance.Server.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace Governance.Server.Live;

/// <summary>
/// Finds new cases and alerts in the database and pushes them to this server's SignalR clients. It reads the
/// database rather than listening to this server's own intake, so a case another server took in reaches these
/// clients too (woken at once by a local arrival, else every <see cref="GovernanceOptions.LivePollInterval"/>).
/// Commits can land slightly out of time order, so each pass looks back a little and remembers what it sent.
/// </summary>
public sealed class LiveFeed(CommandCenter center, IHubContext<LiveHub> hub, ArrivalSignal arrivals, GovernanceOptions options, TimeProvider clock,
    ILogger<LiveFeed> log) : BackgroundService
{
    static readonly TimeSpan LookBack = TimeSpan.FromMinutes(2);
    readonly SemaphoreSlim wake = new(0, 1);
    readonly Dictionary<string, DateTimeOffset> sentCases = [];
    readonly Dictionary<string, DateTimeOffset> sentAlerts = [];

    /// <summary>Look now (a case arrived here, or alerts were raised).</summary>
    public void Poke()
    {
        try { if (wake.CurrentCount == 0) wake.Release(); }
        catch (SemaphoreFullException) { }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        arrivals.Listen(Poke);
        var since = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try { since = await PassAsync(since, stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "live feed pass failed; the next pass tries again"); }
            using var timeout = new CancellationTokenSource(options.LivePollInterval, clock);
            using var both = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
            try { await wake.WaitAsync(both.Token); }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    async Task<DateTimeOffset> PassAsync(DateTimeOffset since, CancellationToken ct)
    {
        var from = since - LookBack;
        var names = center.Names; // of the package in force for this pass
        var cases = await center.Figures.CaseFactsAsync(new FigureQuery { From = from }, FactOrder.Oldest, 500, ct);
        foreach (var fact in cases.Where(f => sentCases.TryAdd(f.Id, f.ReportedAt)))
            await hub.Clients.Groups(LiveHub.GroupsFor(fact.GridCode)).SendAsync(LiveHub.CaseReported, names.Line(fact), ct);
        var alerts = await center.Alerts.ListAsync(FigureScope.Everything, new AlertQuery(UpdatedSince: from, Limit: 500), ct);
        foreach (var alert in alerts.Where(a => !sentAlerts.TryGetValue(a.Id, out var at) || at < a.UpdatedAt))
        {
            sentAlerts[alert.Id] = alert.UpdatedAt;
            await hub.Clients.Groups(LiveHub.GroupsFor(alert.PlaceCode)).SendAsync(LiveHub.AlertRaised, names.Line(alert), ct);
        }
        var latest = cases.Select(c => c.ReportedAt).Concat(alerts.Select(a => a.UpdatedAt)).Append(since).Max();
        Forget(sentCases, latest - LookBack * 2);
        Forget(sentAlerts, latest - LookBack * 2);
        return latest;
    }

    static void Forget(Dictionary<string, DateTimeOffset> sent, DateTimeOffset before)
    {
        foreach (var key in sent.Where(p => p.Value < before).Select(p => p.Key).ToList()) sent.Remove(key);
    }
}
