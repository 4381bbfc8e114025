using Governance.Server.Hosting;
using Governance.Server.Live;

namespace Governance.Server.Command;

/// <summary>
/// The command center's scheduled work: warning rules after every arrival and on each poll, briefings once a minute.
/// Both take a lease per job, so with several servers one runs each pass; a pass that fails is logged and retried.
/// </summary>
public sealed class CommandWork(CommandCenter center, ArrivalSignal signal, LiveFeed live, GovernanceOptions options, TimeProvider clock,
    ILogger<CommandWork> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextBriefings = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var raised = await center.Warnings.RunAsync(center.Owner, stoppingToken);
                if (raised.Count > 0) live.Poke();
                if (clock.GetUtcNow() >= nextBriefings)
                {
                    await center.Briefings.GenerateDueAsync(center.Owner, stoppingToken);
                    nextBriefings = clock.GetUtcNow().AddMinutes(1);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "command center pass failed; the next pass tries again");
            }
            await signal.WaitAsync(options.PollInterval, clock, stoppingToken);
        }
    }
}
