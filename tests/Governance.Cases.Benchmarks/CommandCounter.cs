using System.Diagnostics;

namespace Governance.Cases.Benchmarks;

/// <summary>Counts the database commands EF Core executes while switched on (through its diagnostic listener), so round trips per lifecycle are printed beside the rate.</summary>
public sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    static long commands;
    static volatile bool on;

    public static void Install() => DiagnosticListener.AllListeners.Subscribe(new CommandCounter());

    public static void Start() { Interlocked.Exchange(ref commands, 0); on = true; }

    public static long Stop() { on = false; return Interlocked.Read(ref commands); }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore") listener.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (on && e.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted") Interlocked.Increment(ref commands);
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }
}
