using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Cases;

/// <summary>
/// Publishes the flows of a package before it is put in force: a changed flow document becomes a new version of
/// its workflow definition (new cases start on it; running ones keep theirs).
/// </summary>
/// <param name="pluginFlows">Flow files plugins ship beside their assemblies: not the city's data, published with each package.</param>
public sealed class CaseFlows(WorkflowRuntime runtime, IReadOnlyList<string>? pluginFlows = null) : IPackageListener
{
    /// <summary>What the last package applied published, for the start-up log.</summary>
    public IReadOnlyList<WorkflowPublisher.Published> LastPublished { get; private set; } = [];

    public async Task ApplyingAsync(DefinitionSet set, CancellationToken ct)
    {
        // The package's flows, then those plugins ship (a plugin's flow may use the plugin's activities). A package
        // flow with the same id is the city's edit of the plugin's and wins; otherwise each apply would publish both.
        var own = set.Workflows.Select(w => w.Definition.DefinitionId).ToHashSet(StringComparer.Ordinal);
        var shipped = (await WorkflowPublisher.ReadFilesAsync(pluginFlows ?? [], ct)).Where(w => !own.Contains(w.Definition.DefinitionId));
        var published = (await WorkflowPublisher.PublishAsync(runtime, set.Workflows.Concat(shipped), ct)).ToList();
        var broken = published.Where(p => p.Errors.Count > 0).ToList();
        if (broken.Count > 0)
            throw new InvalidOperationException(Text.Format("HOST-WORKFLOWS-INVALID") + "\n" + string.Join("\n", broken.SelectMany(p => p.Errors.Select(e => $"{p.File}: {e}"))));
        LastPublished = published;
    }
}
