using Governance.Core.Workflows.Persistence;

namespace Governance.Core.Workflows.Runtime;

/// <summary>
/// Fires due timer bookmarks and recovers stalled instances. Each pass claims due timers with a lease (so
/// several processes share the work), then resumes them; the resume commit consumes the bookmark, so a timer
/// fires once even if a lease runs out while its burst is still running elsewhere.
/// </summary>
public sealed class TimerScheduler(WorkflowRuntime runtime, TimeSpan? pollInterval = null, int batchSize = 50)
{
    public TimeSpan PollInterval { get; } = pollInterval ?? TimeSpan.FromSeconds(1);

    /// <summary>Timers this scheduler fired (resumed and committed) since it was created.</summary>
    public int Fired => fired;
    int fired;

    /// <summary>One pass: fires what is due now. Returns how many timers this pass fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken ct = default)
    {
        var store = runtime.Store;
        var total = 0;
        while (!ct.IsCancellationRequested)
        {
            var claimed = await store.ClaimDueTimersAsync(runtime.Clock.GetUtcNow(), runtime.Options.Owner, runtime.Options.Lease, batchSize, ct);
            if (claimed.Count == 0) break;
            foreach (var timer in claimed)
            {
                var result = await runtime.ResumeAsync(timer.Bookmark.Id, null, ct);
                if (result.Status == ResumeStatus.Resumed) { total++; Interlocked.Increment(ref fired); }
            }
        }
        return total;
    }

    /// <summary>Runs until cancelled: recover stalled instances, fire due timers, sleep a poll interval.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await runtime.RecoverAsync(ct);
            if (await FireDueAsync(ct) > 0) continue;
            try { await Task.Delay(PollInterval, runtime.Clock, ct); }
            catch (OperationCanceledException) { return; }
        }
    }
}
