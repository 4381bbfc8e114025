using Governance.Core.Workflows.Activities;

namespace Governance.Workflows.Tests.Runtime;

/// <summary>The designer's palette comes from the descriptors: built-ins are described like plugins.</summary>
public class DescriptorTests
{
    [Fact]
    public void Every_elsa_core_activity_the_engine_runs_is_in_the_palette()
    {
        var palette = ActivityRegistry.CreateDefault().Descriptors.ToDictionary(d => d.TypeName);
        string[] core = ["Elsa.Start", "Elsa.End", "Elsa.Finish", "Elsa.Complete", "Elsa.Fault", "Elsa.WriteLine", "Elsa.SetVariable",
            "Elsa.RunJavaScript", "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.Timer", "Elsa.Delay",
            "Elsa.Event", "Elsa.RunTask", "Elsa.FlowNode", "Elsa.Flowchart"];
        Assert.Empty(core.Except(palette.Keys));
        Assert.All(palette.Values, d => Assert.False(string.IsNullOrEmpty(d.Category)));
        Assert.Equal(["True", "False"], palette["Elsa.FlowDecision"].Ports);
        Assert.True(palette["Elsa.FlowFork"].DynamicPorts);
        Assert.True(palette["Elsa.End"].Terminal);
        Assert.True(palette["Elsa.Event"].Resumable && palette["Elsa.Event"].Trigger);
        Assert.Contains(palette["Elsa.Timer"].Inputs, i => i is { Name: "interval", TypeName: "TimeSpan", Required: true });
        Assert.Contains(palette["Elsa.RunTask"].Outputs, o => o.Name == "result");
        Assert.Equal("写一行", palette["Elsa.WriteLine"].DisplayName);
    }

    [Fact]
    public void Registering_a_type_name_twice_is_refused()
    {
        var registry = ActivityRegistry.CreateDefault();
        var e = Assert.Throws<InvalidOperationException>(() => registry.Register(new WriteLine(), "plugin-x"));
        Assert.StartsWith("WF-ACTIVITY-DUPLICATE", e.Message);
    }
}
