using Governance.Core.Definitions;
using Governance.Core.Intake.Duplicates;
using Governance.Core.Intake.Learning;
using Governance.Core.Intake.Suggestions;
using Governance.Storage.Intake;

namespace Governance.Server.Hosting;

/// <summary>Settings under "Governance:Intake".</summary>
public sealed class IntakeOptions
{
    /// <summary>New registrations in a county after which its model is trained again.</summary>
    public int RetrainAfter { get; set; } = 20;

    /// <summary>How often counties are looked at for training, and models activated on other servers picked up.</summary>
    public TimeSpan RetrainInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Intake suggestions, their training and duplicate detection, on the engine's database.</summary>
public static class IntakeHosting
{
    public static void AddGovernanceIntake(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Governance:Intake").Get<IntakeOptions>() ?? new IntakeOptions());
        builder.Services.AddSingleton<IIntakeStore>(sp => new EfIntakeStore(sp.GetRequiredService<GovernanceEngine>().Cases.Options));
        builder.Services.AddSingleton<IntakeSuggester>();
        builder.Services.AddSingleton<ModelTrainer>();
        builder.Services.AddSingleton(sp => new DuplicateFinder(sp.GetRequiredService<GovernanceEngine>().Cases, sp.GetRequiredService<IntakeSuggester>()));
        builder.Services.AddHostedService<IntakeTraining>();
    }
}

/// <summary>
/// Trains a county's model again once it has gained enough registrations, and drops cached models whose county
/// activated another version (here or on another server). Two servers may train the same county at once; the
/// version number lets one store it.
/// </summary>
public sealed class IntakeTraining(IIntakeStore store, ModelTrainer trainer, IntakeSuggester suggester, DefinitionSet definitions,
    IntakeOptions options, TimeProvider clock, ILogger<IntakeTraining> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await suggester.SyncAsync(stoppingToken);
                foreach (var county in await store.CountiesAsync(stoppingToken))
                    if (await trainer.IsDueAsync(county, options.RetrainAfter, stoppingToken)
                        && await trainer.TrainAsync(county, definitions.For(county).Items, null, stoppingToken) is { } version)
                    {
                        suggester.Forget(county);
                        log.LogInformation("intake model {County} v{Version}: {Examples} examples, held-out top-1 {Top1} top-3 {Top3}, active {Active}",
                            county, version.Version, version.Examples, version.Top1, version.Top3, version.Active);
                    }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "intake training pass failed; the next pass tries again");
            }
            try { await Task.Delay(options.RetrainInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
