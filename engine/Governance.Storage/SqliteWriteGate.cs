using System.Collections.Concurrent;

namespace Governance.Storage;

/// <summary>
/// One writer at a time per SQLite file in this process. SQLite allows a single writer anyway; letting several
/// transactions race for the lock makes the losers back off and sleep (the driver's busy retry), which under
/// load costs far more than waiting in line. PostgreSQL needs no gate: its row locks do this job.
/// </summary>
public static class SqliteWriteGate
{
    static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async ValueTask<IDisposable> EnterAsync(StorageOptions storage, CancellationToken ct)
    {
        if (storage.Provider != StorageProvider.Sqlite) return Open.Instance;
        var gate = Gates.GetOrAdd(storage.ConnectionString, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        int released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }

    sealed class Open : IDisposable
    {
        public static readonly Open Instance = new();
        public void Dispose() { }
    }
}
