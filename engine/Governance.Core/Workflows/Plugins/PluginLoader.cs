using System.Reflection;
using System.Runtime.Loader;
using Governance.Core.Messages;
using Governance.Core.Workflows.Activities;
using Governance.Sdk;
using Governance.Sdk.Channels;

namespace Governance.Core.Workflows.Plugins;

/// <summary>What loading one plugin assembly gave: its activities and channels, or why it was refused.</summary>
public sealed record PluginLoadResult(string Path, string? Name, Version? SdkVersion, IReadOnlyList<string> Activities,
    IReadOnlyList<INotificationChannel> Channels, string? Error);

/// <summary>
/// Loads plugin assemblies from a folder at start-up, each in its own <see cref="AssemblyLoadContext"/> so their
/// dependencies do not clash with the host's. Governance.Sdk always comes from the host, so plugin and host
/// agree on the contract types; a plugin built against an incompatible SDK version is refused.
/// Layout: &lt;folder&gt;/&lt;Plugin&gt;/&lt;Plugin&gt;.dll (with its dependencies beside it), or &lt;folder&gt;/&lt;Plugin&gt;.dll.
/// </summary>
public static class PluginLoader
{
    public static IReadOnlyList<PluginLoadResult> LoadFrom(string folder, ActivityRegistry registry)
    {
        var results = new List<PluginLoadResult>();
        if (!Directory.Exists(folder)) return results;
        var candidates = Directory.GetDirectories(folder)
            .Select(d => System.IO.Path.Combine(d, System.IO.Path.GetFileName(d) + ".dll"))
            .Where(File.Exists)
            .Concat(Directory.GetFiles(folder, "*.dll"))
            .Order(StringComparer.Ordinal);
        foreach (var path in candidates) results.Add(Load(path, registry));
        return results;
    }

    /// <summary>Same major version, and no newer minor version than the host's SDK.</summary>
    public static bool IsCompatible(Version plugin, Version host) => plugin.Major == host.Major && plugin.Minor <= host.Minor;

    public static PluginLoadResult Load(string path, ActivityRegistry registry)
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
            var before = registry.Descriptors.Select(d => d.TypeName).ToHashSet();
            registry.RegisterAssembly(assembly, name.Name ?? full);
            var activities = registry.Descriptors.Select(d => d.TypeName).Where(t => !before.Contains(t)).ToList();
            var channels = assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(INotificationChannel).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => (INotificationChannel)Activator.CreateInstance(t)!)
                .ToList();
            return new PluginLoadResult(full, name.Name, sdkVersion, activities, channels, null);
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or InvalidOperationException or MissingMethodException)
        {
            return Refused(full, name.Name, sdkVersion, "WF-PLUGIN-LOAD: " + Text.Format("WF-PLUGIN-LOAD", name.Name, e.Message));
        }
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
