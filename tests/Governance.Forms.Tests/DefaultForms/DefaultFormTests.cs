using System.Text.Json.Nodes;
using Governance.Core.Forms.Model;
using Governance.Forms.Tests.Infrastructure;
using Governance.Core.Packages;

namespace Governance.Forms.Tests.DefaultForms;

/// <summary>The forms the default package ships: they load, the catalog reaches them, and real submissions pass or fail as a handler would expect.</summary>
public class DefaultFormTests
{
    internal const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    internal const string DisputeReport = """
    { "channel": "patrol", "item": "11003", "urgency": "urgent", "disputeType": "labour",
      "description": "某工地拖欠 12 名工人三个月工资，工人聚集讨薪。",
      "place": { "address": "青山镇工业园 3 号工地", "lng": 118.21, "lat": 30.12, "grid": "990121001001001" },
      "parties": [
        { "name": "王强", "role": "applicant", "phone": "13900001111", "claim": 36000.5 },
        { "name": "某建筑公司", "role": "respondent", "claim": 0 } ],
      "amount": 432000, "peopleCount": 12, "mediated": "no",
      "reporterName": "李娜", "reporterPhone": "13800002222" }
    """;

    internal const string Reply = $$"""
    { "result": "solved", "measures": "联系施工方到场，现场清理并补装井盖，设置警示标志。",
      "photosBefore": [ { "id": "f1", "name": "before.jpg", "type": "image/jpeg", "size": 204800 } ],
      "photosAfter": [ { "id": "f2", "name": "after.jpg", "type": "image/jpeg", "size": 198000 } ],
      "cost": 350.5, "startedAt": "2026-11-22T09:00:00+08:00", "finishedAt": "2026-11-22T11:30:00+08:00",
      "handler": "u001", "signature": "{{Png}}" }
    """;

    [Fact]
    public void The_default_package_has_the_five_city_forms_and_the_county_form_and_stays_valid()
    {
        var set = TestForms.Package;
        Assert.True(set.IsValid, string.Join("\n", set.Problems.All));
        Assert.Equal(["callback", "intake-dispute", "intake-generic", "intake-straw-burning", "reply", "verify"], set.Forms.Ids.Order());
        foreach (var form in set.Forms.All) Assert.DoesNotContain(form.Fields, f => !f.Label.Any(c => c >= 0x4e00));
    }

    [Fact]
    public void Dispute_items_are_reported_with_the_dispute_form_and_everything_else_with_the_generic_one()
    {
        var city = TestForms.Package.City!;
        var byForm = city.Items.GroupBy(i => IntakeForms.FormId(city, i)).ToDictionary(g => g.Key ?? "", g => g.ToList());
        Assert.Equal(12, byForm["intake-dispute"].Count);
        Assert.All(byForm["intake-dispute"], i => Assert.Equal(("11", "矛盾纠纷"), (i.Category, i.Group)));
        Assert.Equal(city.Items.Count - 12, byForm["intake-generic"].Count);
    }

    [Fact]
    public void Option_sources_answer_from_the_package_a_place_runs_so_a_county_item_is_known_there_only()
    {
        var set = TestForms.Package;
        var county = set.OverlaidCounties.Single();
        var countyItem = set.For(county).Items.First(i => set.City!.FindItem(i.Code) is null); // 11901 秸秆露天焚烧
        var field = """ "key": "item", "type": "select", "label": "事项", "source": "catalog" """;
        var inCounty = TestForms.Environment with { Sources = new Core.Forms.Sources.DefinitionFormSources(set.For(county)) };
        Assert.True(TestForms.OneField(field).Submit($$"""{ "item": "{{countyItem.Code}}" }""", env: inCounty).IsValid);
        Assert.Equal("FORM-OPTION", Assert.Single(TestForms.OneField(field).Submit($$"""{ "item": "{{countyItem.Code}}" }""").Errors).Code);
    }

    [Fact]
    public void A_county_adds_its_own_intake_form_for_its_own_item_and_reports_are_checked_with_it()
    {
        var set = TestForms.Package;
        var qingshan = set.For("990121");
        var straw = qingshan.FindItem("11901")!; // 秸秆露天焚烧, added by the 青山县 overlay
        Assert.Equal("intake-straw-burning", IntakeForms.FormId(qingshan, straw));
        Assert.Equal("counties/990121/forms/intake-straw-burning.v1.json", set.Forms.Latest("intake-straw-burning")!.Source.File);

        var form = TestForms.Defaults.Latest("intake-straw-burning")!;
        const string burning = """
        { "channel": "patrol", "item": "11901", "urgency": "urgent", "fireState": "burning", "area": 3.5, "nearby": ["houses", "power"],
          "description": "村口麦田有人焚烧秸秆，浓烟较大，靠近民房和电线。",
          "place": { "address": "青山镇东村村口", "grid": "990121001001001" } }
        """;
        var env = TestForms.Environment with { Sources = new Core.Forms.Sources.DefinitionFormSources(qingshan) };
        var refused = form.Submit(burning, step: "report", env: env);
        Assert.Equal("photos", Assert.Single(refused.Errors).Path); // a fire still burning needs a photo
        var withPhoto = JsonNode.Parse(burning)!.AsObject();
        withPhoto["photos"] = JsonNode.Parse("""[ { "id": "p1", "name": "fire.jpg", "type": "image/jpeg", "size": 300000 } ]""");
        Assert.True(form.Submit(withPhoto.ToJsonString(), step: "report", env: env).IsValid);
    }

    [Fact]
    public void A_county_form_may_not_reuse_a_city_forms_id_and_version()
    {
        using var package = new Governance.TestSupport.PackageCopy();
        File.Copy(Path.Combine(package.Dir, "forms/verify.v1.json"), Path.Combine(package.Dir, "counties/990121/forms/verify.v1.json"));
        var error = Assert.Single(Core.Packages.DefinitionLoader.Load(package.Dir).Problems.Errors);
        Assert.Equal(("counties/990121/forms/verify.v1.json", "$.version", "DEF-FORM-DUPLICATE"), (error.File, error.Path, error.Code));
        Assert.Contains("forms/verify.v1.json", error.Message);
    }

    [Fact]
    public void A_dispute_report_passes_with_its_parties_total_and_a_calculated_risk()
    {
        var result = TestForms.Defaults.Latest("intake-dispute")!.Submit(DisputeReport, step: "report");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(36000.5, (double)result.Data["partiesTotal"]!["claim"]!);
        Assert.Equal("medium", (string?)result.Data["risk"]);
    }

    [Fact]
    public void A_dispute_report_with_one_party_and_too_small_an_amount_is_refused()
    {
        var data = JsonNode.Parse(DisputeReport)!.AsObject();
        data["parties"]!.AsArray().RemoveAt(1);
        data["amount"] = 100;
        data["disputeType"] = "other";
        var result = TestForms.Defaults.Latest("intake-dispute")!.Submit(data.ToJsonString(), step: "report");
        Assert.Equal(["otherType:FORM-REQUIRED", "parties:FORM-MIN-COUNT", "amount:FORM-RULE"], result.Errors.Select(e => $"{e.Path}:{e.Code}"));
        Assert.Equal(["请填写“其他纠纷类型”", "“当事人”至少 2 项", "涉及金额不能少于各当事人诉求金额之和"], result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void The_reply_form_refuses_an_empty_required_field_and_asks_for_after_photos_only_when_solved()
    {
        var reply = TestForms.Defaults.Latest("reply")!;
        Assert.True(reply.Submit(Reply, step: "handle").IsValid);

        var data = JsonNode.Parse(Reply)!.AsObject();
        data["measures"] = "";
        data.Remove("photosAfter");
        var refused = reply.Submit(data.ToJsonString(), step: "handle");
        Assert.Equal(["measures:请填写“处置措施”", "photosAfter:请上传“处置后照片”"], refused.Errors.Select(e => $"{e.Path}:{e.Message}"));

        data["measures"] = "无法联系产权单位，已上报街道协调。";
        data["result"] = "unable";
        data["reason"] = "产权不明";
        Assert.True(reply.Submit(data.ToJsonString(), step: "handle").IsValid);
    }

    [Fact]
    public void The_reply_cannot_be_rewritten_at_verification()
    {
        var reply = TestForms.Defaults.Latest("reply")!;
        var saved = reply.Submit(Reply, step: "handle").Data;
        var tampered = JsonNode.Parse(Reply)!.AsObject();
        tampered["cost"] = 1;
        var result = reply.Submit(tampered.ToJsonString(), step: "verify", previous: saved.ToJsonString());
        Assert.Equal(["cost:FORM-LOCKED"], result.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void A_citizen_rating_can_only_set_satisfaction_and_comment_and_unsatisfied_needs_a_comment()
    {
        var callback = TestForms.Defaults.Latest("callback")!;
        var result = callback.Submit("""{ "satisfaction": "unsatisfied", "method": "visit" }""", step: "rate",
            previous: """{ "method": "online", "reached": "yes", "calledAt": "2026-11-22T10:00:00+08:00" }""");
        Assert.Equal(["comment:FORM-REQUIRED"], result.Errors.Select(e => $"{e.Path}:{e.Code}"));
        Assert.Equal("online", (string?)result.Data["method"]);
        Assert.Contains("method", result.Ignored);
    }

    [Fact]
    public void The_generic_intake_takes_the_reporter_from_the_case_and_hides_the_phone_after_reporting()
    {
        var intake = TestForms.Defaults.Latest("intake-generic")!;
        var caseData = """{ "channel": "app", "reporter": { "name": "张伟", "phone": "13900001111" } }""";
        var result = intake.Submit("""
            { "item": "01001", "title": "井盖缺失", "description": "文化路口井盖缺失，有安全隐患",
              "place": { "address": "文化路与建设路口", "grid": "990102001001001" } }
            """, step: "report", caseData: caseData);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(("app", "13900001111", "normal"), ((string?)result.Data["channel"], (string?)result.Data["reporterPhone"], (string?)result.Data["urgency"]));
        Assert.False(intake.ViewFor(result.Data, "handle").ContainsKey("reporterPhone"));
    }
}
