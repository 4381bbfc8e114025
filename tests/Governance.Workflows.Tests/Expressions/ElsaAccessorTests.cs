using System.Text.Json.Nodes;
using Governance.Core.Workflows.Runtime;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Expressions;

/// <summary>Scripts written for Elsa 3 find the globals Elsa gives them, under the names Elsa gives them.</summary>
public class ElsaAccessorTests
{
    static async Task<RunResult> Run(string script, IEnumerable<JsonObject>? variables = null, Dictionary<string, JsonNode?>? input = null,
        TimeProvider? clock = null)
    {
        var flow = Chain("acc-" + Guid.NewGuid().ToString("N")[..8], WriteLine("w", script, "JavaScript"));
        foreach (var v in variables ?? []) flow.Variables.Add(new Core.Workflows.Model.VariableDefinition(v));
        return await Fixtures.Runtime(clock: clock).PublishAndStart(flow, new StartOptions(input));
    }

    [Fact]
    public async Task A_variable_is_read_and_written_with_get_and_set_and_its_pascal_case_name()
    {
        var run = await Run("setOrderTotal(getOrderTotal() + getN()); return getOrderTotal();",
            [Variable("orderTotal", 40, "Int32"), Variable("n", 2, "Int32")]);
        Assert.Equal(["42"], run.Lines);
    }

    [Fact]
    public async Task The_name_as_written_is_no_accessor_any_more()
    {
        var run = await Run("return getorderTotal();", [Variable("orderTotal", 1, "Int32")]);
        Assert.Equal(InstanceStatus.Faulted, run.Status);
        Assert.Contains("getorderTotal is not defined", run.Fault!.Message);
    }

    [Fact]
    public async Task A_name_with_an_underscore_gets_no_accessor_as_in_elsa_but_getVariable_reaches_it()
    {
        var run = await Run("return typeof getOrder_total + '/' + getVariable('order_total');", [Variable("order_total", "七")]);
        Assert.Equal(["undefined/七"], run.Lines);
    }

    [Fact]
    public async Task Declared_workflow_inputs_have_accessors_named_as_declared()
    {
        var flow = Chain("inputs", WriteLine("w", "return getEmployee().name + '/' + getInput('employee').name;", "JavaScript"));
        flow.Properties["inputs"] = new JsonArray(new JsonObject { ["name"] = "Employee", ["type"] = "Object" });
        var run = await Fixtures.Runtime().PublishAndStart(flow,
            new StartOptions(new Dictionary<string, JsonNode?> { ["employee"] = new JsonObject { ["name"] = "张三" } }));
        Assert.Equal(["张三/张三"], run.Lines);
    }

    [Theory]
    [InlineData("3.3.0.0", "getResultFrom计算()")] // Elsa Studio 3: the activity's name
    [InlineData(null, "getResultFromJs1()")] // older files: the activity's id, PascalCased
    public async Task Activity_outputs_are_read_with_get_output_from_activity(string? toolVersion, string accessor)
    {
        var flow = Chain("outputs", Activity("js1", "Elsa.RunJavaScript", ("script", "Literal", "return 40 + 2;")).With("name", "计算"),
            WriteLine("w", $"return {accessor} + '/' + getOutputFrom('计算') + '/' + getOutputFrom('js1', 'Result') + '/' + getLastResult();", "JavaScript"));
        if (toolVersion is not null) flow.Properties["toolVersion"] = toolVersion;
        var run = await Fixtures.Runtime().PublishAndStart(flow);
        Assert.True(run.Fault is null, run.Fault?.Message);
        Assert.Equal(["42/42/42/42"], run.Lines);
    }

    [Fact]
    public async Task The_variables_object_is_copied_back_so_changes_in_place_are_kept()
    {
        var flow = Chain("container",
            Activity("js", "Elsa.RunJavaScript", ("script", "Literal", "variables.Case.status = '已结案'; variables.Count += 1; setLabel('A');")),
            WriteLine("w", "return getCase().status + '/' + getCount() + '/' + variables.Label;", "JavaScript"));
        foreach (var v in new[] { Variable("Case", new JsonObject { ["status"] = "办理中" }), Variable("Count", 1, "Int32"), Variable("Label", "") })
            flow.Variables.Add(new Core.Workflows.Model.VariableDefinition(v));
        var run = await Fixtures.Runtime().PublishAndStart(flow);
        Assert.Equal(["已结案/2/A"], run.Lines);
    }

    [Fact]
    public async Task Scripts_are_es2023()
    {
        var run = await Run("""
            const items = getItems();
            let total = 0;
            for (const { qty, price } of items) total += qty * price;
            const names = items.map(i => i.name ?? '无名').filter(n => n.startsWith('井')).join('、');
            class Box { #v; constructor(v) { this.#v = v; } get v() { return this.#v; } }
            return `${names}:${total}:${items.at(-1)?.missing?.deep ?? '空'}:${[...names].length}:${new Box(7).v}:${Object.entries({ a: 1 }).flat()}`;
            """, [Variable("Items", new JsonArray(
                new JsonObject { ["name"] = "井盖", ["qty"] = 2, ["price"] = 1.5 },
                new JsonObject { ["name"] = "路灯", ["qty"] = 1, ["price"] = 3 }))]);
        Assert.True(run.Fault is null, run.Fault?.Message);
        Assert.Equal(["井盖:6:空:2:7:a,1"], run.Lines);
    }

    [Fact]
    public async Task Date_reads_the_runtime_clock()
    {
        var clock = new ManualClock(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero));
        var run = await Run("return new Date().toISOString() + '/' + Date.now();", clock: clock);
        Assert.Equal([$"2030-05-06T07:08:09.000Z/{clock.GetUtcNow().ToUnixTimeMilliseconds()}"], run.Lines);
    }

    [Fact]
    public async Task Elsa_common_functions_are_there()
    {
        var run = await Run("""
            setCorrelationId('热线-001');
            return [getWorkflowDefinitionId().startsWith('acc-'), getWorkflowDefinitionVersion(), getWorkflowInstanceId().length > 0,
              getCorrelationId(), isNullOrWhiteSpace('  '), isNullOrEmpty(''), toJson({ a: '中' }), stringFromBase64(stringToBase64('井盖')),
              /^[0-9a-f-]{36}$/.test(newGuidString()), typeof getConfig].join('|');
            """);
        Assert.True(run.Fault is null, run.Fault?.Message);
        Assert.Equal(["true|1|true|热线-001|true|true|{\"a\":\"中\"}|井盖|true|undefined"], run.Lines);
    }
}
