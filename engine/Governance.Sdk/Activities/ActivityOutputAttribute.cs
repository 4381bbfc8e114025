namespace Governance.Sdk.Activities;

/// <summary>Declares one output of an activity, written with <see cref="IActivityContext.SetOutput"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityOutputAttribute(string name, string typeName = "Object") : Attribute
{
    /// <summary>Property name in workflow JSON, e.g. <c>result</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Elsa type name of the value.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>Help text shown in the designer.</summary>
    public string? Description { get; init; }
}
