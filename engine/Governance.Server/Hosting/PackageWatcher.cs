using Governance.Core.Packages;

namespace Governance.Server.Hosting;

/// <summary>
/// Puts another server's publish in force here: looks at the package revision in the database every
/// <see cref="GovernanceOptions.PackagePollInterval"/> (one indexed row) and applies a new one. A published
/// package that does not load (say, after a code change) is logged and the one in force kept.
/// </summary>
public sealed class PackageWatcher(PackageApplier applier, GovernanceOptions options, TimeProvider clock, ILogger<PackageWatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await Task.Delay(options.PackagePollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
            try
            {
                if (await applier.RefreshAsync(stoppingToken)) log.LogInformation("package revision applied");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "the published package could not be applied; the one in force stays");
            }
        }
    }
}
