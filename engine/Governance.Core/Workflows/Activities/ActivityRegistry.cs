using System.Reflection;
using Governance.Core.Messages;
using Governance.Sdk.Activities;

namespace Governance.Core.Workflows.Activities;

/// <summary>
/// The activities the engine can run, by type name. Built-ins and plugins register the same way; the
/// designer's palette is <see cref="Descriptors"/>.
/// </summary>
public sealed class ActivityRegistry
{
    readonly Dictionary<string, (IActivity Activity, ActivityDescriptor Descriptor)> byType = new(StringComparer.Ordinal);

    /// <summary>A registry holding the Elsa core activities this engine supports.</summary>
    public static ActivityRegistry CreateDefault()
    {
        var registry = new ActivityRegistry();
        registry.RegisterAssembly(typeof(ActivityRegistry).Assembly, "builtin");
        return registry;
    }

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => byType.Values.Select(v => v.Descriptor).ToList();

    public void Register(IActivity activity, string source = "builtin")
    {
        var descriptor = ActivityDescriber.Describe(activity.GetType(), source);
        if (byType.TryGetValue(descriptor.TypeName, out var existing))
            throw new InvalidOperationException("WF-ACTIVITY-DUPLICATE: " + Text.Format("WF-ACTIVITY-DUPLICATE", descriptor.TypeName, existing.Descriptor.Source, source));
        byType[descriptor.TypeName] = (activity, descriptor);
    }

    public void Register<T>() where T : IActivity, new() => Register(new T());

    /// <summary>Registers every concrete <see cref="IActivity"/> with an <see cref="ActivityAttribute"/> in the assembly.</summary>
    public int RegisterAssembly(Assembly assembly, string source, Func<Type, object>? factory = null)
    {
        var count = 0;
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(IActivity).IsAssignableFrom(type) || type.GetCustomAttribute<ActivityAttribute>() is null) continue;
            Register((IActivity)(factory?.Invoke(type) ?? Activator.CreateInstance(type)!), source);
            count++;
        }
        return count;
    }

    public bool TryGet(string typeName, out IActivity activity, out ActivityDescriptor descriptor)
    {
        if (byType.TryGetValue(typeName, out var entry))
        {
            (activity, descriptor) = entry;
            return true;
        }
        activity = null!;
        descriptor = null!;
        return false;
    }

    public bool IsSupported(string typeName) => byType.ContainsKey(typeName);
}
