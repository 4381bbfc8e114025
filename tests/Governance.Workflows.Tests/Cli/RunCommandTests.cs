using System.Diagnostics;
using Governance.Workflows.Tests.Infrastructure;

namespace Governance.Workflows.Tests.Cli;

/// <summary>`governance run` as an administrator types it: the built tool in its own process.</summary>
public class RunCommandTests
{
    static async Task<(int Exit, string[] Out, string Err)> Governance(params string[] args)
    {
        var output = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory); // …/bin/<Configuration>/net10.0
        var configuration = Path.GetFileName(Path.GetDirectoryName(output))!;
        var root = output;
        while (!File.Exists(Path.Combine(root, "Governance.sln"))) root = Path.GetDirectoryName(root)!;
        var tool = Path.Combine(root, "engine", "Governance.Cli", "bin", configuration, "net10.0", "governance.dll");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add(tool);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), stderr);
    }

    [Fact]
    public async Task Run_prints_each_line_then_the_fault_code_and_message()
    {
        var (exit, lines, _) = await Governance("run", Fixtures.Path("08-decision-join-waitall-fault.json"));
        Assert.Equal(["A", "C", "B", "D", "status: Faulted 110002: that went south"], lines);
        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task Run_prints_the_outcome_of_a_finished_flow()
    {
        var (exit, lines, _) = await Governance("run", Fixtures.Path("10-runjavascript-complete.json"));
        Assert.Equal(["test", "1", "11", "22", "status: Finished outcome: Success"], lines);
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Run_passes_inputs_and_prints_the_bookmarks_a_suspended_flow_waits_on()
    {
        var (exit, lines, _) = await Governance("run", Fixtures.Path("12-runtask-human-tasks.json"), "--input", "Employee={\"name\":\"张三\"}");
        Assert.Equal(0, exit);
        Assert.StartsWith("status: Suspended waiting on: Elsa.RunTask \"Create Email Account\" (bookmark ", Assert.Single(lines));
    }

    [Fact]
    public async Task Run_refuses_a_definition_with_an_unsupported_activity()
    {
        var file = TestTemp.File("unsupported-", ".json");
        File.WriteAllText(file, Fixtures.Json("06-http-endpoint-write-response.json").Replace("\"Elsa.WriteHttpResponse\"", "\"Elsa.SendEmail\""));
        var (exit, lines, err) = await Governance("run", file);
        Assert.Equal(1, exit);
        Assert.Empty(lines);
        Assert.Contains("WF-UNSUPPORTED-ACTIVITY", err);
        Assert.Contains("Elsa.SendEmail", err);
    }

    [Fact]
    public async Task Run_without_a_file_is_a_usage_error()
    {
        var (exit, _, err) = await Governance("run", "--input", "x=1");
        Assert.Equal(2, exit);
        Assert.Contains("governance run <definition.json>", err);
    }
}
