using System.Diagnostics;
using Governance.Sdk.Activities;

namespace Governance.Workflows.Tests.Workers;

/// <summary>
/// Kills its own process the first time it runs (a marker file remembers), in the middle of a burst, before
/// the burst commits: the nearest thing to pulling the plug.
/// </summary>
[Activity("Test.CrashOnce", Category = "Test")]
[ActivityInput("marker", "String")]
public sealed class CrashOnce : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        var marker = context.GetInput<string>("marker")!;
        if (!File.Exists(marker))
        {
            File.WriteAllText(marker, "crashed");
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
        context.Complete();
        return default;
    }
}
