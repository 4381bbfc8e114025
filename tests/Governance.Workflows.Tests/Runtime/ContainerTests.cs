using System.Text.Json.Nodes;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Runtime;

public class ContainerTests
{
    static JsonObject Flowchart(string id, JsonObject[] activities, (string From, string Port, string To)[] connections) => new()
    {
        ["id"] = id, ["type"] = "Elsa.Flowchart", ["version"] = 1,
        ["activities"] = new JsonArray(activities.Select(a => (JsonNode)a).ToArray()),
        ["connections"] = new JsonArray(connections.Select(c => (JsonNode)new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = c.From, ["port"] = c.Port },
            ["target"] = new JsonObject { ["activity"] = c.To, ["port"] = "In" },
        }).ToArray()),
    };

    [Fact]
    public async Task A_nested_flowchart_completing_with_an_outcome_continues_the_parent_through_that_port()
    {
        var inner = Flowchart("inner",
            [WriteLine("i1", "核查中"), Activity("c", "Elsa.Complete", ("outcomes", "Literal", "Failed"))],
            [("i1", "Done", "c")]);
        var flow = Flow("nested", [WriteLine("a", "开始核查"), inner, WriteLine("pass", "结案"), WriteLine("fail", "退回办理")],
            [("a", "Done", "inner"), ("inner", "Passed", "pass"), ("inner", "Failed", "fail")]);
        var run = await Fixtures.Runtime().PublishAndStart(flow);
        Assert.Equal(["开始核查", "核查中", "退回办理"], run.Lines);
        Assert.Equal(InstanceStatus.Finished, run.Status);
        Assert.Empty(run.Outcomes); // the inner Complete completed the inner flowchart, not the workflow
    }

    [Fact]
    public async Task A_flow_node_with_a_single_activity_body_waits_for_it_then_continues()
    {
        var node = Activity("node", "Elsa.FlowNode").With("body", Activity("ev", "Elsa.Event", ("eventName", "Literal", "回访完成")));
        var flow = Flow("flownode", [node, WriteLine("after", "评价")], [("node", "Done", "after")]);
        var runtime = Fixtures.Runtime();
        var run = await runtime.PublishAndStart(flow);
        Assert.Equal(InstanceStatus.Suspended, run.Status);
        var resumed = Assert.Single(await runtime.ResumeAsync("Elsa.Event", "回访完成", null));
        Assert.Equal(["评价"], resumed.Run!.Lines);
        Assert.Equal(InstanceStatus.Finished, resumed.Run.Status);
        // The body survives export and re-import as a nested activity.
        var again = ElsaJsonReader.Read(ElsaJsonWriter.Write(flow));
        Assert.Equal("Elsa.Event", again.Root.Activities![0].Children["body"].Type);
    }
}
