using System.Text.Json.Nodes;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Runtime;

/// <summary>
/// Per-step permissions hold on the server even when the browser is bypassed: a direct submission that changes a
/// hidden or read-only field is ignored or refused, as the field says.
/// </summary>
public class PermissionTests
{
    static readonly Core.Forms.Runtime.CompiledForm Form = TestForms.Compile("""
    { "id": "t", "version": 1, "title": "测试", "fields": [
      { "key": "title", "type": "text", "label": "标题", "required": true },
      { "key": "phone", "type": "text", "label": "电话" },
      { "key": "result", "type": "textarea", "label": "办理结果", "required": true },
      { "key": "score", "type": "number", "label": "评分", "onLockedChange": "refuse" },
      { "key": "final", "type": "radio", "label": "是否终稿", "options": [ {"value":"yes","label":"是"}, {"value":"no","label":"否"} ] },
      { "key": "remark", "type": "text", "label": "备注", "readOnly": "data.final === 'yes'" }
    ],
    "steps": {
      "report": { "default": "edit", "fields": { "result": "hidden", "score": "hidden" } },
      "handle": { "default": "read", "fields": { "result": "edit", "phone": "hidden", "remark": "edit", "final": "edit" } }
    } }
    """);

    const string Saved = """{ "title": "井盖缺失", "phone": "13900001111", "score": 3, "remark": "原备注", "final": "yes" }""";

    [Fact]
    public void A_read_only_field_changed_directly_keeps_its_previous_value()
    {
        var result = Form.Submit("""{ "title": "改掉标题", "result": "已补装井盖" }""", step: "handle", previous: Saved);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("井盖缺失", (string?)result.Data["title"]);
        Assert.Equal("已补装井盖", (string?)result.Data["result"]);
        Assert.Contains("title", result.Ignored);
        Assert.True(result.States["title"].ReadOnly);
    }

    [Fact]
    public void A_hidden_field_changed_directly_is_ignored_and_its_saved_value_is_kept_but_not_shown()
    {
        var result = Form.Submit("""{ "phone": "13800000000", "result": "已处理" }""", step: "handle", previous: Saved);
        Assert.True(result.IsValid);
        Assert.Equal("13900001111", (string?)result.Data["phone"]);
        Assert.Contains("phone", result.Ignored);
        Assert.False(result.States["phone"].Visible);
        Assert.False(Form.ViewFor(result.Data, "handle").ContainsKey("phone"));
    }

    [Fact]
    public void A_locked_field_marked_refuse_fails_the_submission()
    {
        var result = Form.Submit("""{ "score": 5, "result": "已处理" }""", step: "handle", previous: Saved);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("score", "FORM-LOCKED", "“评分”在当前步骤不能修改"), (error.Path, error.Code, error.Message));
        Assert.True(Form.Submit("""{ "score": 3, "result": "已处理" }""", step: "handle", previous: Saved).IsValid); // unchanged is fine
    }

    [Fact]
    public void A_field_hidden_at_a_step_is_not_required_there_and_cannot_be_filled_there()
    {
        var result = Form.Submit("""{ "title": "井盖缺失", "result": "抢先写好" }""", step: "report");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.False(result.Data.ContainsKey("result"));
    }

    [Fact]
    public void A_field_made_read_only_by_a_condition_is_restored()
    {
        var result = Form.Submit("""{ "remark": "偷偷改", "result": "已处理" }""", step: "handle", previous: Saved);
        Assert.Equal("原备注", (string?)result.Data["remark"]);
        Assert.Contains("remark", result.Ignored);
        var reopened = Form.Submit("""{ "final": "no", "remark": "可以改", "result": "已处理" }""", step: "handle", previous: Saved);
        Assert.Equal("可以改", (string?)reopened.Data["remark"]);
    }

    [Fact]
    public void A_step_the_form_does_not_know_is_refused()
    {
        var error = Assert.Single(Form.Submit("""{ "title": "x" }""", step: "close").Errors);
        Assert.Equal("FORM-STEP-UNKNOWN", error.Code);
        Assert.Equal("表单没有为步骤“close”配置权限，不能在该步骤提交", error.Message);
    }

    [Fact]
    public void Keys_the_form_does_not_have_are_dropped()
    {
        var result = Form.Submit("""{ "title": "x", "isAdmin": true }""", step: "report");
        Assert.False(result.Data.ContainsKey("isAdmin"));
        Assert.Contains("isAdmin", result.Ignored);
    }

    [Fact]
    public void A_submission_that_is_not_an_object_is_refused()
    {
        var result = Form.Validate(new Core.Forms.Runtime.FormSubmission("report", JsonNode.Parse("[1,2]")));
        Assert.Equal("FORM-NOT-OBJECT", Assert.Single(result.Errors).Code);
    }
}
