using Governance.Core.Expressions;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Runtime;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Runtime;

/// <summary>Forms run on the shared JavaScript sandbox; its limits hold, and its two paths (reused and fresh engine) agree.</summary>
public class SandboxTests
{
    const string Form = """
    { "id": "t", "version": 1, "title": "测试", "fields": [
      { "key": "price", "type": "money", "label": "单价" },
      { "key": "qty", "type": "number", "label": "数量" },
      { "key": "total", "type": "money", "label": "合计", "calculate": "round(data.price * data.qty, 1)" },
      { "key": "note", "type": "text", "label": "说明", "required": "data.total > 100" }
    ] }
    """;

    [Fact]
    public void With_an_allocation_limit_the_fresh_engine_path_gives_the_same_answer()
    {
        var definition = Core.Forms.Loading.FormFiles.Parse(Form).Form!;
        var limited = new FormValidators(new FormLibrary([definition]), FormValidators.DefaultSandbox with { MaxAllocatedBytes = 16 * 1024 * 1024 });
        var reused = TestForms.Compile(Form).Submit("""{ "price": 33.33, "qty": 4 }""");
        var fresh = limited.Compile(definition).Submit("""{ "price": 33.33, "qty": 4 }""");
        Assert.Equal(133.3, (double)reused.Data["total"]!);
        Assert.Equal(reused.Data.ToJsonString(), fresh.Data.ToJsonString());
        Assert.Equal(["note:FORM-REQUIRED"], fresh.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void A_form_cannot_express_a_loop_so_its_expressions_cannot_run_away()
    {
        var definition = Core.Forms.Loading.FormFiles.Parse("""
            { "id": "t", "version": 1, "title": "测试", "fields": [
              { "key": "a", "type": "text", "label": "甲", "calculate": "[1,2,3,4,5,6,7,8,9,10].sort(function () { return 0; }) && 'x'" } ] }
            """);
        // Functions are refused when a form loads, so a form cannot even express a loop.
        Assert.Null(definition.Form);
        Assert.Contains(definition.Problems, p => p.Code == "DEF-FORM-EXPR-FORBIDDEN");
    }

    [Fact]
    public void A_sandbox_limit_reached_in_the_program_is_an_expression_error()
    {
        var definition = Core.Forms.Loading.FormFiles.Parse(Form).Form!;
        var tiny = new FormValidators(new FormLibrary([definition]), FormValidators.DefaultSandbox with { MaxStatements = 3 });
        var e = Assert.Throws<ExpressionException>(() => tiny.Compile(definition).Submit("""{ "price": 1, "qty": 1 }"""));
        Assert.Equal("WF-SCRIPT-STATEMENTS", e.Code);
    }
}
