namespace Governance.Workflows.Tests.Workers;

public static partial class WorkerCommands
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("unknown worker command: " + string.Join(' ', args));
        return 2;
    }
}
