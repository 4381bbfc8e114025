using System.Text.Json.Nodes;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Validation;
using Governance.Workflows.Tests.Infrastructure;
using static Governance.Workflows.Tests.Infrastructure.TestFlows;

namespace Governance.Workflows.Tests.Expressions;

/// <summary>Liquid as Elsa runs it (Fluid with Elsa's filters and model), bounded so a template cannot run away.</summary>
public class LiquidTests
{
    static async Task<RunResult> Render(string template, TimeProvider? clock = null)
    {
        var flow = Chain("liquid-" + Guid.NewGuid().ToString("N")[..8], WriteLine("w", template, "Liquid"));
        foreach (var v in new[]
                 {
                     Variable("Code", "e-001"), Variable("Amount", 12.345, "Double"), Variable("Items", new JsonArray("井盖", "路灯", "井盖")),
                     Variable("Case", new JsonObject { ["item"] = "井盖破损", ["grid"] = "990102001001001" }), Variable("Empty", ""),
                 })
            flow.Variables.Add(new Core.Workflows.Model.VariableDefinition(v));
        var run = await Fixtures.Runtime(clock: clock).PublishAndStart(flow,
            new StartOptions(new Dictionary<string, JsonNode?> { ["Worker"] = "网格员李四" }, InstanceId: "inst-1"));
        return run;
    }

    [Theory]
    [InlineData("事件 {{ Variables.Code }} 由 {{ Input.Worker }} 上报", "事件 e-001 由 网格员李四 上报")]
    [InlineData("{{ Variables.Code | upcase }}", "E-001")]
    [InlineData("{{ Variables.Items | uniq | join: '、' }}", "井盖、路灯")]
    [InlineData("{{ Variables.Items | size }}", "3")]
    [InlineData("{{ Variables.Amount | times: 2 | round: 1 }}", "24.7")]
    [InlineData("{{ Variables.Case | json }}", "{\"item\":\"井盖破损\",\"grid\":\"990102001001001\"}")]
    [InlineData("{{ Variables.Case | keys | join: ',' }}", "item,grid")]
    [InlineData("{{ '井盖' | base64 }}", "5LqV55uW")]
    [InlineData("{{ Variables.Missing | default: '无' }}", "无")]
    [InlineData("{{ WorkflowInstanceId }}/{{ Workflow.Id }}/{{ WorkflowDefinitionVersion }}", "inst-1/inst-1/1")]
    [InlineData("{% if Variables.Amount > 10 %}大{% elsif Variables.Amount > 5 %}中{% else %}小{% endif %}", "大")]
    [InlineData("{% for i in Variables.Items %}{{ forloop.index }}{{ i }}{% unless forloop.last %},{% endunless %}{% endfor %}", "1井盖,2路灯,3井盖")]
    [InlineData("{% assign n = Variables.Items | size %}{% capture t %}共{{ n }}件{% endcapture %}{{ t }}", "共3件")]
    [InlineData("{% case Variables.Code %}{% when 'e-001' %}一号{% else %}其他{% endcase %}", "一号")]
    [InlineData("{% if Variables.Empty == blank %}空{% endif %}", "空")]
    public async Task Elsa_filters_tags_and_model_render(string template, string expected)
    {
        var run = await Render(template);
        Assert.True(run.Fault is null, run.Fault?.Message);
        Assert.Equal([expected], run.Lines);
    }

    [Fact]
    public async Task Now_is_the_runtime_clock()
    {
        var run = await Render("{{ 'now' | date: '%Y-%m-%d' }}", new ManualClock(new DateTimeOffset(2031, 2, 3, 4, 0, 0, TimeSpan.Zero)));
        Assert.Equal(["2031-02-03"], run.Lines);
    }

    [Theory]
    [InlineData("{{ Variables.Code | no_such_filter }}", "no_such_filter")]
    [InlineData("{% if x %}yes", "")]
    [InlineData("{{#if x}}unclosed", "")]
    [InlineData("{% nosuchtag %}", "")]
    public void A_template_that_cannot_render_is_a_validation_error(string template, string mentions)
    {
        var flow = Flow("bad-liquid", [WriteLine("w", template, "Liquid")], []);
        var error = Assert.Single(WorkflowValidator.Validate(flow, ActivityRegistry.CreateDefault()));
        Assert.Equal("WF-TEMPLATE-INVALID", error.Code);
        Assert.Equal("$.root.activities[0].text.expression", error.Path);
        Assert.Contains("无法渲染", error.Message);
        Assert.Contains(mentions, error.Message);
    }

    [Theory]
    [InlineData("{% for i in (1..10000000) %}{% endfor %}", "WF-TEMPLATE-STEPS")]
    [InlineData("{% for i in (1..1000000000) %}{% endfor %}", "WF-TEMPLATE-STEPS")]
    [InlineData("{% for i in (1..50000) %}xxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}", "WF-TEMPLATE-TOO-LONG")]
    [InlineData("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..20) %}{% assign s = s | append: s %}{% endfor %}", "WF-TEMPLATE-TOO-LONG")]
    [InlineData("{% include 'secrets' %}", "WF-TEMPLATE-ERROR")]
    public async Task A_runaway_template_becomes_an_incident(string template, string code)
    {
        var run = await Render(template);
        Assert.Equal(InstanceStatus.Faulted, run.Status);
        Assert.Equal(code, run.Fault!.Code);
    }
}
