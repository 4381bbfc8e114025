using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests.Defects;

/// <summary>
/// What the defect tests share: the scenario server of their collection, and cases of their own made as a user
/// would (so what one test changes, no other looks at).
/// </summary>
public abstract class DefectTests(ScenarioServer server)
{
    protected ScenarioServer Server => server;
    protected SecurityFactory Api => server.Api;
    protected Scenario Scenario => server.Scenario;

    protected static JsonObject Intake(string channel = "hotline", string grid = "990102001002001", string? description = null) => new()
    {
        ["channel"] = channel, ["itemCode"] = "01001", ["description"] = description ?? "井盖缺失，存在安全隐患", ["gridCode"] = grid,
        ["address"] = "安全路 9 号", ["reporterName"] = "测试市民", ["reporterPhone"] = "13000001111",
    };

    /// <summary>A new case reported by the center's operator; returns the operator's client and the case id.</summary>
    protected async Task<(HttpClient Operator, string Id, string Number)> Reported(SecurityFactory? on = null)
    {
        var api = on ?? Api;
        var op = await api.As("op-990102");
        var c = await op.PostAsJsonAsync("/api/cases", Intake()).Ok();
        return (op, c["case"]!["id"]!.GetValue<string>(), c["case"]!["number"]!.GetValue<string>());
    }

    /// <summary>A new case registered and at the water department; returns the department's client, its task and the case id.</summary>
    protected async Task<(HttpClient Water, string Task, string Id)> AtWater()
    {
        var (op, id, _) = await Reported();
        await op.Act(await op.TaskOf(id), "register", "立案").Ok();
        var water = await Api.As("h-sw-990102");
        return (water, await water.TaskOf(id), id);
    }

    protected static async Task<(int Status, JsonNode Problem)> Refused(Task<HttpResponseMessage> call)
    {
        var r = await call;
        var text = await r.Content.ReadAsStringAsync();
        return ((int)r.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }

    /// <summary>A 400 naming the field, its text in Chinese.</summary>
    protected static async Task BadRequest(Task<HttpResponseMessage> call, string field)
    {
        var (status, problem) = await Refused(call);
        Assert.True(status == 400, $"expected 400 for {field}, got {status} {problem.ToJsonString()}");
        Assert.Equal(field, (string?)problem["field"]);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string?)problem["detail"] ?? "");
    }
}
