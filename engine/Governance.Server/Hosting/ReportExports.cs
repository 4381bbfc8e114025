using Governance.Core.Definitions;
using Governance.Core.Messages;
using Governance.Core.Reports.Building;
using Governance.Excel;
using Governance.Storage.Reports;

namespace Governance.Server.Hosting;

/// <summary>
/// Runs one export job to a file: a report, a unit's whole set of reports, or the case ledger (事件台账) of the
/// unit and month, which may run past a million rows. Progress goes to the job's record as it is written.
/// </summary>
public sealed class ReportExports(DefinitionSet set, ReportBuilder builder, SqlCaseLedger ledger, EfExportJobs jobs, ReportStorage storage)
{
    public const string Report = "report", Set = "set", Cases = "cases";

    public async Task RunAsync(ExportJob job, string owner, CancellationToken ct)
    {
        Directory.CreateDirectory(storage.ExportFolder);
        var path = Path.Combine(storage.ExportFolder, job.Id + ".xlsx");
        var unit = set.City!.Org.Find(job.UnitCode)!;
        var period = ReportPeriod.Parse(job.Period);
        string fileName;
        await using (var file = File.Create(path))
        {
            if (job.Kind == Cases)
            {
                var (from, to) = period.Range(Core.Reports.Model.CollectionCycle.Month, TimeZoneInfo.FindSystemTimeZoneById(set.City.Calendar.TimeZone));
                var prefix = Core.Reports.Queries.OrgPrefixes.Of(unit);
                var total = (int)Math.Min(int.MaxValue, await ledger.CountAsync(prefix, from, to, ct));
                await jobs.ProgressAsync(job.Id, owner, 0, total, ct);
                var columns = Text.Format("REPORT-LEDGER-COLUMNS").Split('|').Select(t => new LedgerColumn(t, 14)).ToList();
                await LedgerWriter.WriteAsync(file, Text.Format("REPORT-LEDGER-SHEET"), columns, ledger.ReadAsync(prefix, from, to, ct),
                    n => jobs.ProgressAsync(job.Id, owner, (int)n, total, ct).GetAwaiter().GetResult(), ct: ct);
                fileName = Text.Format("REPORT-LEDGER-FILE", unit.Name, period);
            }
            else
            {
                var reports = job.Kind == Set ? set.Reports.Reports : [set.Reports.Report(job.Target)!];
                await jobs.ProgressAsync(job.Id, owner, 0, reports.Count, ct);
                async IAsyncEnumerable<ReportTable> Tables()
                {
                    foreach (var r in reports) yield return await builder.BuildAsync(r, unit, period, ct);
                }
                await ReportWorkbook.WriteAsync(file, Tables(), n => jobs.ProgressAsync(job.Id, owner, n, reports.Count, ct).GetAwaiter().GetResult(), ct);
                fileName = job.Kind == Set ? Text.Format("REPORT-SET-FILE", unit.Name, period) : $"{reports[0].Name}-{unit.Name}-{period}.xlsx";
            }
        }
        await jobs.FinishAsync(job.Id, owner, fileName, path, new FileInfo(path).Length, ct);
    }
}

/// <summary>Claims queued export jobs (a lease each, so two nodes never run one) and runs them one at a time.</summary>
public sealed class ExportWorker(GovernanceEngine engine, EfExportJobs jobs, ReportExports exports, GovernanceOptions options, TimeProvider clock, ILogger<ExportWorker> log) : BackgroundService
{
    readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:exports";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = engine.Definitions; // the engine migrates the database before the first claim
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await jobs.ClaimAsync(owner, stoppingToken) is { } job)
                    try { await exports.RunAsync(job, owner, stoppingToken); }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        log.LogError(e, "export {Job} failed", job.Id);
                        await jobs.FailAsync(job.Id, owner, Text.Format("REPORT-EXPORT-FAILED"), stoppingToken);
                    }
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "export pass failed; the next pass tries again"); }
            try { await Task.Delay(options.PollInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
