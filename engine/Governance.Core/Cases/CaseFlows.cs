using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Cases;

/// <summary>
/// Publishes the flows of a package before it is put in force: a changed flow document becomes a new version of
/// its workflow definition (new cases start on it; running ones keep theirs).
/// </summary>
public sealed class CaseFlows(WorkflowRuntime runtime) : IPackageListener
{
    /// <summary>What the last package applied published, for the start-up log.</summary>
    public IReadOnlyList<WorkflowPublisher.Published> LastPublished { get; private set; } = [];

    public async Task ApplyingAsync(DefinitionSet set, CancellationToken ct)
    {
        var published = await WorkflowPublisher.PublishAsync(runtime, set.Workflows, ct);
        var broken = published.Where(p => p.Errors.Count > 0).ToList();
        if (broken.Count > 0)
            throw new InvalidOperationException(Text.Format("HOST-WORKFLOWS-INVALID") + "\n" + string.Join("\n", broken.SelectMany(p => p.Errors.Select(e => $"{p.File}: {e}"))));
        LastPublished = published;
    }
}
