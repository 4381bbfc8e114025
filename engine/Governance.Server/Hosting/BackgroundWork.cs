using Governance.Core.Cases.Services;
using Governance.Core.Workflows.Runtime;
using Governance.Storage.Workflows;

namespace Governance.Server.Hosting;

/// <summary>
/// The durable timers: workflow timers and stalled instances (the runtime's scheduler), due case warnings and
/// overdue escalation, and the notification outbox. Every claim is leased, so several servers share the work
/// and each timer fires once.
/// </summary>
public sealed class BackgroundWork(WorkflowRuntime runtime, TimerScheduler scheduler, CaseService cases, OutboxRelay relay,
    GovernanceOptions options, TimeProvider clock, ILogger<BackgroundWork> log) : BackgroundService
{
    readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runtime.RecoverAsync(stoppingToken);
                await scheduler.FireDueAsync(stoppingToken);
                await cases.RaiseDueWarningsAsync(owner, stoppingToken);
                await relay.DeliverPendingAsync(ct: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "background pass failed; the next pass tries again");
            }
            try { await Task.Delay(options.PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
