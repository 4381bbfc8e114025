namespace Governance.Sdk.Activities;

/// <summary>
/// Declares a class as a workflow activity: its type name in definitions (for example
/// <c>Elsa.WriteLine</c> or <c>Governance.Notifications.SendSms</c>) and its palette entry.
/// DisplayName and Description are the zh-CN texts themselves, not message-catalog codes: attribute arguments
/// must be constants, and plugins (which have only this SDK) declare their activities the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName) : Attribute
{
    /// <summary>The type name written in workflow JSON, e.g. <c>Elsa.WriteLine</c>.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>Palette category shown in the designer.</summary>
    public string Category { get; init; } = "Other";

    /// <summary>Name shown in the designer palette; defaults to the last segment of the type name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the activity does, shown as help text in the designer.</summary>
    public string? Description { get; init; }

    /// <summary>Activity version written in definitions.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Ports the activity can leave through. Defaults to a single <c>Done</c> port.</summary>
    public string[] Ports { get; init; } = ["Done"];

    /// <summary>True when the ports are computed from an input (branches, switch cases).</summary>
    public bool DynamicPorts { get; init; }

    /// <summary>True when reaching this activity completes the enclosing flowchart (like <c>Elsa.End</c>).</summary>
    public bool Terminal { get; init; }

    /// <summary>True when the activity can start a workflow by itself (timer, event).</summary>
    public bool Trigger { get; init; }
}
