using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Runs a script in the sandbox; its value goes to the result output; setOutcome(s) picks the ports.</summary>
[Activity("Elsa.RunJavaScript", Category = "Scripting", DisplayName = "运行脚本", Description = "运行一段 JavaScript（ES2023，沙箱）；可用 setOutcome('出口') 选择出口。", DynamicPorts = true)]
[ActivityInput("script", "String", DisplayName = "脚本", UIHint = "code-editor")]
[ActivityInput("possibleOutcomes", "String[]", DisplayName = "可能的出口")]
[ActivityOutput("result", "Object")]
public sealed class RunJavaScript : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        // The script input holds code even when its expression type is Literal, so it is evaluated as JavaScript.
        var script = context.GetProperty("script")?["expression"]?["value"];
        var outcomes = new List<string>();
        var result = context is Runtime.ActivityContext own
            ? own.EvaluateScript(script?.ToString() ?? "", outcomes.AddRange)
            : context.Evaluate("JavaScript", script);
        context.SetOutput("result", result);
        context.Complete(outcomes.Count > 0 ? [.. outcomes] : ["Done"]);
        return default;
    }
}
