using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Governance.Core.Input;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests.Defects;

/// <summary>
/// Defect 5: no length limits (a 5 MB address into every inbox), an intake without a form skipped the form's rules.
/// Defect 6: bad values became 500s and one made a case unreadable for ever; lengths were counted in UTF-16 units.
/// </summary>
public abstract class InputTests(ScenarioServer server) : DefectTests(server)
{
    [Fact]
    public async Task Defect05_an_anonymous_5_MB_address_is_refused_and_every_field_has_its_limit()
    {
        var citizen = Api.CreateClient();
        var huge = Intake("web");
        huge["address"] = new string('址', 5 * 1024 * 1024 / 3);
        var (status, problem) = await Refused(citizen.PostAsJsonAsync("/api/cases", huge));
        Assert.Equal(413, status);
        Assert.Equal("INPUT-BODY-LARGE", (string?)problem["code"]);

        var long201 = Intake("web");
        long201["address"] = new string('址', 201);
        await BadRequest(citizen.PostAsJsonAsync("/api/cases", long201), "address");
        // 200 characters a person sees, each an emoji of two UTF-16 units: within the limit.
        var emoji = Intake("web");
        emoji["address"] = string.Concat(Enumerable.Repeat("🏠", 200));
        await citizen.PostAsJsonAsync("/api/cases", emoji).Ok();
    }

    [Fact]
    public async Task Defect05_a_description_of_zero_width_characters_only_is_refused()
    {
        var body = Intake("web", description: "\u200B\u200C\u200D\u2060\uFEFF");
        await BadRequest(Api.CreateClient().PostAsJsonAsync("/api/cases", body), "description");
        var comment = await AtWater();
        await BadRequest(comment.Water.Act(comment.Task, "return", "\u200B\u200B"), "comment");
    }

    [Fact]
    public async Task Defect05_an_intake_without_a_form_is_checked_by_the_intake_forms_rules()
    {
        var op = await Api.As("op-990102");
        var body = Intake(description: "太短");
        body["reporterPhone"] = "12345";
        var (status, problem) = await Refused(op.PostAsJsonAsync("/api/cases", body));
        Assert.Equal(400, status);
        Assert.Equal("CASE-FORM-INVALID", (string?)problem["code"]);
        var errors = problem["errors"]!.AsArray().Select(e => ((string?)e!["path"], (string?)e["code"])).ToList();
        Assert.Contains(("description", "FORM-MIN-LENGTH"), errors);
        Assert.Contains(("reporterPhone", "FORM-PATTERN"), errors);
        // A dispute reported without its form lacks the parties the dispute form requires.
        var dispute = Intake();
        dispute["itemCode"] = "11002";
        var refused = await op.PostAsJsonAsync("/api/cases", dispute);
        Assert.Contains((await refused.Json())["errors"]!.AsArray(), e => (string?)e!["path"] == "parties");
    }

    [Fact]
    public async Task Defect05_every_text_field_of_every_endpoint_is_in_the_table_of_limits()
    {
        var endpoints = Api.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => (Route: e.RoutePattern.RawText, Method: e.Metadata.GetMetadata<System.Reflection.MethodInfo>(),
                Checked: e.Metadata.GetMetadata<Governance.Server.Security.InputLimitFilter.Applied>() is not null))
            .Where(e => e.Method?.DeclaringType?.Namespace?.StartsWith("Governance.", StringComparison.Ordinal) == true).ToList();
        Assert.True(endpoints.Count > 20);
        var unchecked_ = endpoints.Where(e => !e.Checked).Select(e => e.Route).ToList();
        Assert.True(unchecked_.Count == 0, "endpoints mapped outside the checked group — map them on the group GovernanceHost gets from app.MapApis(): "
            + string.Join(", ", unchecked_));
        var fields = endpoints.SelectMany(e => Governance.Server.Security.InputLimitFilter.Fields(e.Method!).Select(f => (e.Route, f.Field))).ToList();
        Assert.Contains(fields, f => f.Field == "description");
        Assert.Contains(fields, f => f.Field == "Idempotency-Key");
        var missing = fields.Where(f => !InputLimits.Has(f.Field)).Select(f => $"{f.Route}: {f.Field}").ToList();
        Assert.True(missing.Count == 0, "text fields without a limit — add them to engine/Governance.Core/Input/InputLimits.cs:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Defect06_longitude_1e400_and_coordinates_off_the_globe_are_refused_naming_the_field()
    {
        var citizen = Api.CreateClient();
        var raw = Intake("web").ToJsonString().Replace("\"channel\"", "\"longitude\":1e400,\"channel\"");
        var (status, problem) = await Refused(citizen.Send(HttpMethod.Post, "/api/cases", raw));
        Assert.Equal(400, status);
        Assert.Equal("longitude", (string?)problem["field"]);
        var far = Intake("web");
        far["latitude"] = 95.0;
        await BadRequest(citizen.PostAsJsonAsync("/api/cases", far), "latitude");
    }

    [Fact]
    public async Task Defect06_register_merge_and_rate_with_values_of_the_wrong_type_are_400s()
    {
        var (op, id, _) = await Reported();
        var task = await op.TaskOf(id);
        await BadRequest(op.Act(task, "register", "立案", new { item = 123 }), "data.item");
        await BadRequest(op.Act(task, "register", "立案", new { urgency = new[] { "a" } }), "data.urgency");
        await BadRequest(op.Act(task, "merge", "重复", new { target = 5 }), "data.target");
        await BadRequest(op.Act(task, "register", "立案", new { item = "01001", urgency = "normal", x = new string('x', 5000) }), "data.x");
        await op.Act(task, "register", "立案").Ok(); // nothing of the refused requests happened
        var rated = await Registered(op, id, toCallback: true);
        await BadRequest(op.Act(rated, "rate", "回访", new { satisfaction = 1 }), "data.satisfaction");
        await BadRequest(op.Act(rated, "rate", "回访", new { satisfaction = "1" }), "data.satisfaction");
    }

    [Fact]
    public async Task Defect06_extend_with_a_string_a_fraction_or_a_trillion_and_cohandle_with_numbers_are_400s()
    {
        var (water, task, _) = await AtWater();
        foreach (var amount in new JsonNode[] { JsonValue.Create("3"), JsonValue.Create(3.5), JsonNode.Parse("1e12")! })
            await BadRequest(water.Act(task, "extend", "需要更多时间", new JsonObject { ["amount"] = amount, ["unit"] = "workday" }), "data.amount");
        await BadRequest(water.Act(task, "extend", "需要更多时间", new { amount = 3, unit = "5" }), "data.amount");
        await BadRequest(water.Act(task, "cohandle", "请协办", new { departments = new[] { 1, 2 } }), "data.departments[0]");
        await water.Act(task, "extend", "需要更多时间", new { amount = 3, unit = "workday" }).Ok();
    }

    [Fact]
    public async Task Defect06_a_deadline_from_the_end_of_time_is_a_400_not_a_500()
    {
        var r = await Api.CreateClient().GetAsync("/api/deadline?from=9999-12-31T23:59:00Z&amount=5&unit=minute");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("from", (string?)(await r.Json())["field"]);
        await BadRequest(Api.CreateClient().GetAsync("/api/deadline?from=2026-03-09T09:00:00Z&amount=99999999&unit=minute"), "amount");
    }

    [Fact]
    public async Task Defect06_lengths_count_what_a_person_sees_2000_emoji_fit_a_field_of_2000()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 2000));
        Assert.Equal(4000, emoji.Length);
        TextInput.Check(emoji, "description");
        Assert.Throws<InputException>(() => TextInput.Check(emoji + "😀", "description"));
        Assert.Equal(1, VisibleText.Length("👨‍👩‍👧‍👦"));
        // Through the API: the dispute form's 纠纷经过 allows 2,000 characters; 2,000 emoji are 2,000 of them.
        var op = await Api.As("op-990102");
        var dispute = Intake(description: emoji);
        dispute["itemCode"] = "11002";
        dispute["form"] = new JsonObject
        {
            ["disputeType"] = "family", ["mediated"] = "no",
            ["parties"] = new JsonArray(new JsonObject { ["name"] = "甲", ["role"] = "applicant" }, new JsonObject { ["name"] = "乙", ["role"] = "respondent" }),
        };
        await op.PostAsJsonAsync("/api/cases", dispute).Ok();
        dispute["description"] = emoji + "😀";
        await BadRequest(op.PostAsJsonAsync("/api/cases", dispute), "description");
    }

    async Task<string> Registered(HttpClient op, string id, bool toCallback)
    {
        var water = await Api.As("h-sw-990102");
        var photo = await water.Upload(id, Governance.Demo.DemoForms.Photo, "前.png");
        await water.Act(await water.TaskOf(id), "reply", "已处理",
            new { form = Governance.Demo.DemoForms.Reply("已更换井盖并设置警示标志", Api.Clock.GetUtcNow(), photo) }).Ok();
        await op.Act(await op.TaskOf(id), "pass", "通过").Ok();
        _ = toCallback;
        return await op.TaskOf(id);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InputOnSqlite(SqliteScenario server) : InputTests(server);

[Collection(PostgresCollection.Name)]
public sealed class InputOnPostgres(PostgresScenario server) : InputTests(server);
