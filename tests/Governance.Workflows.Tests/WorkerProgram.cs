namespace Governance.Workflows.Tests;

/// <summary>
/// Entry point when the test assembly runs as a separate worker process (crash and two-process tests start it
/// with `dotnet Governance.Workflows.Tests.dll worker …`). The test runner never calls it.
/// </summary>
public static class WorkerProgram
{
    public static int Main(string[] args) => Workers.WorkerCommands.Run(args);
}
