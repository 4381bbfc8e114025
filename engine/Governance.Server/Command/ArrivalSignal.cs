namespace Governance.Server.Command;

/// <summary>
/// Wakes the command center's work right after a case is taken in here, so warning rules and the live feed see it at
/// once; cases taken in by other servers are found by the next scheduled pass.
/// </summary>
public sealed class ArrivalSignal
{
    readonly SemaphoreSlim wake = new(0, 1);
    readonly List<Action> listeners = [];

    public void Arrived()
    {
        try { if (wake.CurrentCount == 0) wake.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
        lock (listeners) foreach (var l in listeners) l();
    }

    /// <summary>Waits for an arrival or the interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(interval, clock);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try { await wake.WaitAsync(both.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
    }

    /// <summary>Another loop that wants to hear of arrivals (the live feed).</summary>
    public void Listen(Action listener) { lock (listeners) listeners.Add(listener); }
}
