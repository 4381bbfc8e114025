namespace Governance.Sdk.Activities;

/// <summary>How the designer shows an activity: palette entry, inputs, outputs and ports.</summary>
/// <param name="TypeName">Type name in definitions.</param>
/// <param name="Version">Activity version.</param>
/// <param name="Category">Palette category.</param>
/// <param name="DisplayName">Palette label.</param>
/// <param name="Description">Help text.</param>
/// <param name="Inputs">Declared inputs.</param>
/// <param name="Outputs">Declared outputs.</param>
/// <param name="Ports">Ports the activity can leave through.</param>
/// <param name="DynamicPorts">Ports come from an input.</param>
/// <param name="Terminal">Completes the enclosing flowchart.</param>
/// <param name="Trigger">Can start a workflow.</param>
/// <param name="Resumable">Waits on bookmarks.</param>
/// <param name="Source">Where the activity comes from: <c>builtin</c> or the plugin assembly name.</param>
public sealed record ActivityDescriptor(
    string TypeName,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyList<string> Ports,
    bool DynamicPorts,
    bool Terminal,
    bool Trigger,
    bool Resumable,
    string Source);

/// <summary>One input as the designer shows it.</summary>
/// <param name="Name">Property name.</param>
/// <param name="TypeName">Elsa type name.</param>
/// <param name="DisplayName">Label.</param>
/// <param name="Description">Help text.</param>
/// <param name="Required">Must be set.</param>
/// <param name="DefaultSyntax">Default expression syntax.</param>
/// <param name="UIHint">Editor hint.</param>
/// <param name="Options">Dropdown choices.</param>
public sealed record InputDescriptor(string Name, string TypeName, string DisplayName, string? Description, bool Required, string DefaultSyntax, string? UIHint, IReadOnlyList<string>? Options);

/// <summary>One output as the designer shows it.</summary>
/// <param name="Name">Property name.</param>
/// <param name="TypeName">Elsa type name.</param>
/// <param name="Description">Help text.</param>
public sealed record OutputDescriptor(string Name, string TypeName, string? Description);
