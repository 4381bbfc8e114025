using System.Text.Json.Nodes;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Serialization;
using Governance.Core.Workflows.Validation;
using Governance.Workflows.Tests.Infrastructure;

namespace Governance.Workflows.Tests.Elsa3;

public class ElsaRoundTripTests
{
    public static TheoryData<string> Files() => new(Fixtures.AllElsaFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_export_and_reimport_give_the_same_model(string file)
    {
        var imported = Fixtures.Elsa(file);
        var exported = ElsaJsonWriter.Write(imported);
        var reimported = ElsaJsonReader.Read(exported);

        ModelAssert.Same(imported, reimported);
        // Export is the GA format: connections are {source:{activity,port}, target:{activity,port}}.
        var root = JsonNode.Parse(exported)!["root"]!;
        foreach (var c in root["connections"]!.AsArray())
            Assert.NotNull(c!["source"]!["activity"]);
    }

    [Fact]
    public void Every_activity_property_of_the_original_file_survives_export()
    {
        foreach (var file in Fixtures.AllElsaFiles())
        {
            var original = JsonNode.Parse(Fixtures.Json(file))!;
            var exported = JsonNode.Parse(ElsaJsonWriter.Write(Fixtures.Elsa(file)))!;
            var before = ActivitiesById(original["root"]!);
            var after = ActivitiesById(exported["root"]!);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            foreach (var (id, activity) in before)
                foreach (var (key, value) in activity.AsObject())
                {
                    if (key is "activities" or "connections" or "body") continue;
                    Assert.True(JsonNode.DeepEquals(value, after[id][key]), $"{file}: {id}.{key} changed on export");
                }
        }
    }

    [Fact]
    public void Pre_ga_flat_connections_are_read_and_written_in_ga_form()
    {
        var legacy = Fixtures.Elsa("11-legacy-preview-loop.json");
        Assert.Contains(legacy.Root.Connections!, c => c is { Source: "FlowDecision1", SourcePort: "False", Target: "WriteLine2", TargetPort: "In" });
        var exported = JsonNode.Parse(ElsaJsonWriter.Write(legacy))!;
        Assert.Equal("FlowDecision1", exported["root"]!["connections"]!.AsArray()
            .Single(c => c!["target"]!["activity"]!.GetValue<string>() == "WriteLine2")!["source"]!["activity"]!.GetValue<string>());
    }

    [Fact]
    public void Designer_positions_are_exported()
    {
        var exported = JsonNode.Parse(ElsaJsonWriter.Write(Fixtures.Elsa("03-flowfork.json")))!;
        var fork = exported["root"]!["activities"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Elsa.FlowFork")!;
        Assert.Equal(-340, fork["metadata"]!["designer"]!["position"]!["x"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("05-http-endpoint-trigger.json", "Elsa.WriteLine", "Elsa.SendEmail")]
    [InlineData("06-http-endpoint-write-response.json", "Elsa.WriteHttpResponse", "Elsa.SendEmail")]
    public void Unknown_activity_types_are_kept_verbatim_and_reported_at_publish_validation(string file, string known, string type)
    {
        // Elsa's e-mail activity is one this engine does not run.
        var definition = Governance.Core.Workflows.Serialization.ElsaJsonReader.Read(Fixtures.Json(file).Replace($"\"{known}\"", $"\"{type}\""));
        var errors = WorkflowValidator.Validate(definition, ActivityRegistry.CreateDefault());
        var error = Assert.Single(errors, e => e.Message.Contains(type));
        Assert.Equal("WF-UNSUPPORTED-ACTIVITY", error.Code);
        Assert.StartsWith("$.root.activities[", error.Path);
        Assert.Contains("不支持的活动类型", error.Message);
        Assert.Contains(type, ElsaJsonWriter.Write(definition));
    }

    [Fact]
    public void All_twelve_reference_files_validate_without_errors()
    {
        var registry = ActivityRegistry.CreateDefault();
        Assert.Equal(12, Fixtures.AllElsaFiles().Length);
        foreach (var file in Fixtures.AllElsaFiles())
            Assert.Empty(WorkflowValidator.Validate(Fixtures.Elsa(file), registry));
    }

    static Dictionary<string, JsonNode> ActivitiesById(JsonNode flowchart)
    {
        var result = new Dictionary<string, JsonNode>();
        void Walk(JsonNode node)
        {
            foreach (var a in node["activities"]?.AsArray() ?? [])
            {
                result[a!["id"]!.GetValue<string>()] = a;
                if (a["body"] is JsonObject body) { result[body["id"]!.GetValue<string>()] = body; Walk(body); }
                Walk(a);
            }
        }
        Walk(flowchart);
        return result;
    }
}

static class ModelAssert
{
    public static void Same(WorkflowDefinition a, WorkflowDefinition b)
    {
        Assert.Equal(a.DefinitionId, b.DefinitionId);
        Assert.Equal(a.Version, b.Version);
        Assert.Equal(a.Name, b.Name);
        Assert.Equal(a.Variables.Count, b.Variables.Count);
        for (var i = 0; i < a.Variables.Count; i++) Assert.True(JsonNode.DeepEquals(a.Variables[i].Raw, b.Variables[i].Raw));
        Assert.True(JsonNode.DeepEquals(a.Properties, b.Properties), "top-level properties differ");
        Same(a.Root, b.Root);
    }

    static void Same(ActivityNode a, ActivityNode b)
    {
        Assert.Equal((a.Id, a.Type, a.Version, a.Name, a.NodeId), (b.Id, b.Type, b.Version, b.Name, b.NodeId));
        Assert.True(JsonNode.DeepEquals(a.CustomProperties, b.CustomProperties), $"{a.Id}: customProperties differ");
        Assert.True(JsonNode.DeepEquals(a.Metadata, b.Metadata), $"{a.Id}: metadata differ");
        Assert.True(JsonNode.DeepEquals(a.Properties, b.Properties), $"{a.Id}: properties differ");
        Assert.Equal(a.Children.Keys.Order(), b.Children.Keys.Order());
        foreach (var (k, child) in a.Children) Same(child, b.Children[k]);
        Assert.Equal(a.Activities is null, b.Activities is null);
        if (a.Activities is null) return;
        Assert.Equal(a.Activities.Count, b.Activities!.Count);
        for (var i = 0; i < a.Activities.Count; i++) Same(a.Activities[i], b.Activities[i]);
        Assert.Equal(a.Connections!.Count, b.Connections!.Count);
        for (var i = 0; i < a.Connections.Count; i++)
        {
            var (x, y) = (a.Connections[i], b.Connections[i]);
            Assert.Equal((x.Source, x.SourcePort, x.Target, x.TargetPort), (y.Source, y.SourcePort, y.Target, y.TargetPort));
            Assert.True(JsonNode.DeepEquals(x.Extra, y.Extra));
        }
    }
}
