using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>Writes a line to the instance journal (Elsa writes to the console; a server has none worth keeping).</summary>
[Activity("Elsa.WriteLine", Category = "Primitives", DisplayName = "写一行", Description = "把一行文字写入实例日志。")]
[ActivityInput("text", "String", DisplayName = "文字", DefaultSyntax = "Literal", UIHint = "singleline")]
public sealed class WriteLine : IActivity
{
    public ValueTask ExecuteAsync(IActivityContext context)
    {
        context.WriteLine(context.GetInput<string>("text") ?? "");
        context.Complete();
        return default;
    }
}
