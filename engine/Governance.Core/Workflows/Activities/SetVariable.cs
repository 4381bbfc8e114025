using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

[Activity("Elsa.SetVariable", Category = "Primitives", DisplayName = "设置变量", Description = "给工作流变量赋值。")]
[ActivityInput("variable", "Variable", DisplayName = "变量", Required = true, UIHint = "variable-picker")]
[ActivityInput("value", "Object", DisplayName = "值")]
public sealed class SetVariable : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        // The variable is written as {id, name, typeName}, not as an expression.
        var variable = context.GetProperty("variable");
        var key = variable?["id"]?.GetValue<string>() ?? variable?["name"]?.GetValue<string>()
            ?? (variable is System.Text.Json.Nodes.JsonValue v ? v.GetValue<string>() : null);
        if (key is null)
        {
            context.Fault("WF-VARIABLE-MISSING", "configuration", Text.Format("WF-VARIABLE-MISSING"));
            return default;
        }
        context.SetVariable(key, context.GetInput("value"));
        context.Complete();
        return default;
    }
}
