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

public class TypedVariableTests
{
    [Fact]
    public async Task Text_set_into_a_number_variable_becomes_a_number_as_in_elsa()
    {
        var flow = Flow("typed",
            [
                Activity("set", "Elsa.SetVariable", ("value", "Literal", "5")).With("variable", new JsonObject { ["id"] = "var-Count", ["name"] = "Count" }),
                WriteLine("w", "return getCount() + 1;", "JavaScript"),
            ],
            [("set", "Done", "w")], [Variable("Count", "0", "Int32")]);
        Assert.Equal(["6"], (await Fixtures.Runtime().PublishAndStart(flow)).Lines);
    }
}
