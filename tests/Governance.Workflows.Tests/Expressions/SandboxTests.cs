using System.Diagnostics;
using Governance.Core.Expressions;
using Governance.Core.Workflows.Runtime;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Expressions;

/// <summary>A script that misbehaves becomes an incident on its own instance; the host and other instances go on.</summary>
public class SandboxTests
{
    static async Task<RunResult> RunScript(string script, SandboxOptions? limits = null)
    {
        var runtime = Fixtures.Runtime(options: new RuntimeOptions { Sandbox = limits ?? SandboxOptions.Default });
        var flow = Chain("script-" + Guid.NewGuid().ToString("N")[..8], WriteLine("before", "开始"),
            Activity("js", "Elsa.RunJavaScript", ("script", "Literal", script)), WriteLine("after", "不应出现"));
        var run = await runtime.PublishAndStart(flow);
        // The host keeps going: the same runtime still runs other instances.
        var healthy = await runtime.PublishAndStart(Chain("healthy-" + Guid.NewGuid().ToString("N")[..8], WriteLine("ok", "正常")));
        Assert.Equal(["正常"], healthy.Lines);
        var state = await runtime.GetInstanceAsync(run.InstanceId);
        var incident = Assert.Single(state!.Incidents);
        Assert.Equal("js", incident.ActivityId);
        Assert.Equal(["开始"], run.Lines);
        return run;
    }

    [Fact]
    public async Task An_endless_loop_becomes_an_incident_within_the_time_limit()
    {
        var watch = Stopwatch.StartNew();
        var run = await RunScript("while(true){}", new SandboxOptions { Timeout = TimeSpan.FromMilliseconds(300), MaxStatements = 0 });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(InstanceStatus.Faulted, run.Status);
        Assert.Equal("WF-SCRIPT-TIMEOUT", run.Fault!.Code);
        Assert.Contains("300 毫秒", run.Fault.Message);
    }

    [Fact]
    public async Task Too_many_statements_are_stopped()
    {
        var run = await RunScript("for (var i = 0; i < 1e9; i++) {}", new SandboxOptions { MaxStatements = 10_000, Timeout = TimeSpan.FromSeconds(30) });
        Assert.Equal("WF-SCRIPT-STATEMENTS", run.Fault!.Code);
    }

    [Fact]
    public async Task Deep_recursion_is_stopped()
    {
        var run = await RunScript("function f(n) { return f(n + 1); } f(0);");
        Assert.Equal("WF-SCRIPT-RECURSION", run.Fault!.Code);
    }

    [Fact]
    public async Task Allocating_too_much_is_stopped()
    {
        var run = await RunScript("var a = []; while (true) { a.push('0123456789012345678901234567890123456789' + a.length); }",
            new SandboxOptions { MaxAllocatedBytes = 16 * 1024 * 1024, MaxStatements = 0, Timeout = TimeSpan.FromSeconds(30) });
        Assert.Equal("WF-SCRIPT-MEMORY", run.Fault!.Code);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("clr.System.Environment.Exit(1)")]
    public async Task Scripts_cannot_reach_the_clr(string script)
    {
        var run = await RunScript(script);
        Assert.Equal("WF-SCRIPT-ERROR", run.Fault!.Code);
        Assert.Contains("is not defined", run.Fault.Message);
    }

    [Fact]
    public async Task A_thrown_error_is_an_incident_with_the_message()
    {
        var run = await RunScript("throw new Error('数据源不可用');");
        Assert.Equal("WF-SCRIPT-ERROR", run.Fault!.Code);
        Assert.Contains("数据源不可用", run.Fault.Message);
    }

    [Fact]
    public void Scripts_are_parsed_once_per_definition_version()
    {
        var flow = Chain("cache", WriteLine("w", "return 1 + 1;", "JavaScript"));
        var compiled = Governance.Core.Workflows.Runtime.WorkflowCompiler.Compile(flow, Governance.Core.Workflows.Activities.ActivityRegistry.CreateDefault());
        var script = compiled.Nodes[0].Inputs["text"].Script;
        Assert.NotNull(script);
        Assert.Same(compiled.Expression("JavaScript", System.Text.Json.Nodes.JsonValue.Create("return 2;")),
            compiled.Expression("JavaScript", System.Text.Json.Nodes.JsonValue.Create("return 2;")));
    }
}
