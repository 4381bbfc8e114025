using System.Reflection;
using System.Runtime.Loader;
using Governance.Core.Messages;
using Governance.Core.Workflows.Activities;
using Governance.Sdk;
using Governance.Sdk.Cases;
using Governance.Sdk.Channels;
using Governance.Sdk.Plugins;

namespace Governance.Core.Workflows.Plugins;

/// <summary>
/// What loading one plugin assembly gave: its activities, channels and case-closure subscribers, and the flows it ships
/// (<c>workflows/*.json</c> beside the assembly, published by the host with the package's); or why it was refused.
/// </summary>
public sealed record PluginLoadResult(string Path, string? Name, Version? SdkVersion, IReadOnlyList<string> Activities,
    IReadOnlyList<INotificationChannel> Channels, string? Error)
{
    public IReadOnlyList<ICaseClosureSubscriber> ClosureSubscribers { get; init; } = [];

    /// <summary>Flow files the plugin ships.</summary>
    public IReadOnlyList<string> Workflows { get; init; } = [];
}

/// <summary>
/// Loads plugin assemblies from a folder at start-up, each in its own <see cref="AssemblyLoadContext"/> so their
/// dependencies do not clash with the host's. Governance.Sdk always comes from the host, so plugin and host
/// agree on the contract types; a plugin built against an incompatible SDK version is refused.
/// Layout: &lt;folder&gt;/&lt;Plugin&gt;/&lt;Plugin&gt;.dll (with its dependencies beside it), or &lt;folder&gt;/&lt;Plugin&gt;.dll.
/// </summary>
public static class PluginLoader
{
    /// <param name="settings">The settings of a plugin by its name; plugin types that take <see cref="IPluginSettings"/> get them.</param>
    public static IReadOnlyList<PluginLoadResult> LoadFrom(string folder, ActivityRegistry registry, Func<string, IPluginSettings>? settings = null)
    {
        var results = new List<PluginLoadResult>();
        if (!Directory.Exists(folder)) return results;
        var candidates = Directory.GetDirectories(folder)
            .Select(d => System.IO.Path.Combine(d, System.IO.Path.GetFileName(d) + ".dll"))
            .Where(File.Exists)
            .Concat(Directory.GetFiles(folder, "*.dll"))
            .Order(StringComparer.Ordinal);
        foreach (var path in candidates) results.Add(Load(path, registry, settings));
        return results;
    }

    /// <summary>Same major version, and no newer minor version than the host's SDK.</summary>
    public static bool IsCompatible(Version plugin, Version host) => plugin.Major == host.Major && plugin.Minor <= host.Minor;

    public static PluginLoadResult Load(string path, ActivityRegistry registry, Func<string, IPluginSettings>? settings = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        AssemblyName name;
        try { name = AssemblyName.GetAssemblyName(full); }
        catch (BadImageFormatException) { return Refused(full, null, null, "WF-PLUGIN-INVALID: " + Text.Format("WF-PLUGIN-INVALID", System.IO.Path.GetFileName(full))); }

        var context = new PluginLoadContext(full);
        var assembly = context.LoadFromAssemblyPath(full);
        var sdk = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == typeof(SdkInfo).Assembly.GetName().Name);
        if (sdk?.Version is not { } sdkVersion)
            return Refused(full, name.Name, null, "WF-PLUGIN-NO-SDK: " + Text.Format("WF-PLUGIN-NO-SDK", name.Name));
        if (!IsCompatible(sdkVersion, SdkInfo.Version))
            return Refused(full, name.Name, sdkVersion, "WF-PLUGIN-SDK-VERSION: " + Text.Format("WF-PLUGIN-SDK-VERSION", name.Name, sdkVersion, SdkInfo.Version));

        try
        {
            var own = settings?.Invoke(name.Name ?? full) ?? new NoSettings(name.Name ?? full);
            var before = registry.Descriptors.Select(d => d.TypeName).ToHashSet();
            registry.RegisterAssembly(assembly, name.Name ?? full, t => Create(t, own)!);
            var activities = registry.Descriptors.Select(d => d.TypeName).Where(t => !before.Contains(t)).ToList();
            var folder = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, "workflows");
            return new PluginLoadResult(full, name.Name, sdkVersion, activities, Instances<INotificationChannel>(assembly, own), null)
            {
                ClosureSubscribers = Instances<ICaseClosureSubscriber>(assembly, own),
                Workflows = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [],
            };
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or InvalidOperationException or MissingMethodException or TargetInvocationException)
        {
            return Refused(full, name.Name, sdkVersion, "WF-PLUGIN-LOAD: " + Text.Format("WF-PLUGIN-LOAD", name.Name, e.Message));
        }
    }

    static List<T> Instances<T>(Assembly assembly, IPluginSettings settings) => assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t)).Select(t => Create(t, settings)).OfType<T>().ToList();

    /// <summary>A plugin type made with its settings when it asks for them, else with its parameterless constructor; null when it has neither.</summary>
    static object? Create(Type type, IPluginSettings settings) =>
        type.GetConstructor([typeof(IPluginSettings)]) is { } withSettings ? withSettings.Invoke([settings])
        : type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type) : null;

    sealed class NoSettings(string plugin) : IPluginSettings
    {
        public string PluginName => plugin;
        public string? this[string key] => null;
    }

    static PluginLoadResult Refused(string path, string? name, Version? sdk, string error) => new(path, name, sdk, [], [], error);

    sealed class PluginLoadContext(string mainAssemblyPath) : AssemblyLoadContext(System.IO.Path.GetFileNameWithoutExtension(mainAssemblyPath))
    {
        readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Contract assemblies are shared with the host so that IActivity means the same type on both sides.
            if (assemblyName.Name == typeof(SdkInfo).Assembly.GetName().Name) return null;
            var path = resolver.ResolveAssemblyToPath(assemblyName);
            return path is null ? null : LoadFromAssemblyPath(path);
        }

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
        {
            var path = resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
            return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
        }
    }
}
