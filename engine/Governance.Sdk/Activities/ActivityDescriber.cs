using System.Reflection;

namespace Governance.Sdk.Activities;

/// <summary>Turns the attributes of an activity class into its <see cref="ActivityDescriptor"/>.</summary>
public static class ActivityDescriber
{
    /// <summary>Describes an activity type; throws when it lacks <see cref="ActivityAttribute"/>.</summary>
    public static ActivityDescriptor Describe(Type type, string source = "builtin")
    {
        var a = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.FullName} has no [Activity] attribute.", nameof(type));
        var inputs = type.GetCustomAttributes<ActivityInputAttribute>()
            .Select(i => new InputDescriptor(i.Name, i.TypeName, i.DisplayName ?? i.Name, i.Description, i.Required, i.DefaultSyntax, i.UIHint, i.Options))
            .ToList();
        var outputs = type.GetCustomAttributes<ActivityOutputAttribute>()
            .Select(o => new OutputDescriptor(o.Name, o.TypeName, o.Description))
            .ToList();
        var display = a.DisplayName ?? a.TypeName[(a.TypeName.LastIndexOf('.') + 1)..];
        return new ActivityDescriptor(a.TypeName, a.Version, a.Category, display, a.Description, inputs, outputs, a.Ports,
            a.DynamicPorts, a.Terminal, a.Trigger, typeof(IResumableActivity).IsAssignableFrom(type), source);
    }
}
