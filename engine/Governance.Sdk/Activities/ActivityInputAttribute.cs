namespace Governance.Sdk.Activities;

/// <summary>Declares one input of an activity, read at run time with <see cref="IActivityContext.GetInput(string)"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ActivityInputAttribute(string name, string typeName = "String") : Attribute
{
    /// <summary>Property name in workflow JSON (camelCase), e.g. <c>text</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Elsa type name of the value, e.g. <c>String</c>, <c>Boolean</c>, <c>TimeSpan</c>, <c>Object</c>.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>Label shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Help text shown in the designer.</summary>
    public string? Description { get; init; }

    /// <summary>True when a definition without this input is invalid.</summary>
    public bool Required { get; init; }

    /// <summary>Default expression syntax offered by the designer (<c>Literal</c>, <c>JavaScript</c>, <c>Liquid</c>…).</summary>
    public string DefaultSyntax { get; init; } = "Literal";

    /// <summary>Editor hint for the designer (e.g. <c>singleline</c>, <c>multiline</c>, <c>code-editor</c>, <c>dropdown</c>).</summary>
    public string? UIHint { get; init; }

    /// <summary>Choices for a dropdown editor.</summary>
    public string[]? Options { get; init; }
}
