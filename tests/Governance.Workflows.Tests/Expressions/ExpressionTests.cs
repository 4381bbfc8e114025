using System.Text.Json.Nodes;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Validation;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Expressions;

public class ExpressionTests
{
    [Fact]
    public async Task Javascript_reads_and_writes_variables_the_elsa_ways_and_reads_workflow_input()
    {
        var flow = Flow("js-vars",
            [
                Activity("set", "Elsa.SetVariable", ("value", "JavaScript", "var n = getInput('count'); variables.Total = n * 2; setLabel('件数' + n); return n + 1;"))
                    .With("variable", new JsonObject { ["id"] = "var-Next", ["name"] = "Next" }),
                WriteLine("show", "return getLabel() + '/' + variables.Total + '/' + getNext();", "JavaScript"),
            ],
            [("set", "Done", "show")],
            [Variable("Total"), Variable("Label"), Variable("Next")]);
        var run = await Fixtures.Runtime().PublishAndStart(flow, new StartOptions(new Dictionary<string, JsonNode?> { ["count"] = 3 }));
        Assert.Equal(["件数3/6/4"], run.Lines);
    }

    [Fact]
    public async Task Liquid_templates_render_variables_and_input_with_handlebars()
    {
        var flow = Flow("liquid", [WriteLine("w", "事件 {{ Variables.Code }} 由 {{ Input.Worker }} 上报", "Liquid")], [], [Variable("Code", "E-001")]);
        var run = await Fixtures.Runtime().PublishAndStart(flow, new StartOptions(new Dictionary<string, JsonNode?> { ["Worker"] = "网格员李四" }));
        Assert.Equal(["事件 E-001 由 网格员李四 上报"], run.Lines);
    }

    [Theory]
    [InlineData("{{ Variables.Code | upcase }}")]
    [InlineData("{% if x %}yes{% endif %}")]
    [InlineData("{{#if x}}unclosed")]
    [InlineData("{{ upcase Variables.Code }}")]
    public void A_template_that_cannot_render_is_a_validation_error(string template)
    {
        var flow = Flow("bad-liquid", [WriteLine("w", template, "Liquid")], []);
        var error = Assert.Single(WorkflowValidator.Validate(flow, ActivityRegistry.CreateDefault()));
        Assert.Equal("WF-TEMPLATE-INVALID", error.Code);
        Assert.Equal("$.root.activities[0].text.expression", error.Path);
        Assert.Contains("无法渲染", error.Message);
    }

    [Fact]
    public void A_script_that_does_not_parse_is_a_validation_error()
    {
        var flow = Flow("bad-js", [Activity("d", "Elsa.FlowDecision", ("condition", "JavaScript", "return 1 +;"))], []);
        var error = Assert.Single(WorkflowValidator.Validate(flow, ActivityRegistry.CreateDefault()));
        Assert.Equal("WF-SCRIPT-SYNTAX", error.Code);
    }

    [Fact]
    public async Task Object_and_variable_expressions()
    {
        var flow = Flow("obj",
            [
                Activity("set", "Elsa.SetVariable", ("value", "Object", "{\"level\":\"红色\",\"minutes\":30}"))
                    .With("variable", new JsonObject { ["id"] = "var-Warning", ["name"] = "Warning" }),
                WriteLine("w", "Warning", "Variable"),
            ],
            [("set", "Done", "w")], [Variable("Warning")]);
        var run = await Fixtures.Runtime().PublishAndStart(flow);
        Assert.Equal(["{\"level\":\"红色\",\"minutes\":30}"], run.Lines);
    }

    [Fact]
    public async Task Each_evaluation_gets_a_fresh_scope_so_instances_never_share_globals()
    {
        var flow = Flow("isolation", [WriteLine("w", "if (typeof leaked === 'undefined') { leaked = getInput('who'); } return leaked;", "JavaScript")], []);
        var runtime = Fixtures.Runtime();
        var first = await runtime.PublishAndStart(flow, new StartOptions(new Dictionary<string, JsonNode?> { ["who"] = "A" }));
        var second = await runtime.StartAsync("isolation", new StartOptions(new Dictionary<string, JsonNode?> { ["who"] = "B" }));
        Assert.Equal(["A"], first.Lines);
        Assert.Equal(["B"], second.Lines);
    }
}

static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject o, string key, JsonNode? value)
    {
        o[key] = value;
        return o;
    }
}
