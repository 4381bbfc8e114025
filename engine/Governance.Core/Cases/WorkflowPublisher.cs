using Governance.Core.Packages;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;

namespace Governance.Core.Cases;

/// <summary>
/// Publishes the flows of a package: a flow whose content differs from the latest published version becomes a
/// new version (running instances stay on theirs); an unchanged flow publishes nothing. Several servers may apply
/// the same package at once: one of them publishes, the others find the version there.
/// </summary>
public static class WorkflowPublisher
{
    public sealed record Published(string File, string DefinitionId, int Version, bool IsNew, IReadOnlyList<string> Errors);

    public static async Task<IReadOnlyList<Published>> PublishAsync(WorkflowRuntime runtime, IEnumerable<PackageWorkflow> workflows, CancellationToken ct = default)
    {
        var results = new List<Published>();
        foreach (var workflow in workflows)
            for (var attempt = 0; ; attempt++)
            {
                var definition = workflow.Definition;
                var latest = await runtime.Store.GetDefinitionAsync(definition.DefinitionId, null, ct);
                if (latest is not null && Normalize(latest.Json) == Normalize(ElsaJsonWriter.Write(definition)))
                {
                    results.Add(new Published(workflow.Path, definition.DefinitionId, latest.Version, false, []));
                    break;
                }
                try
                {
                    var (published, errors) = await runtime.PublishAsync(ElsaJsonReader.Read(ElsaJsonWriter.Write(definition)), ct);
                    results.Add(new Published(workflow.Path, definition.DefinitionId, published?.Version ?? 0, published is not null, errors.Select(e => e.ToString()).ToList()));
                    break;
                }
                catch (Exception) when (attempt < 3)
                {
                    // Another server published the same version number first (a unique key): look again.
                }
            }
        return results;
    }

    /// <summary>Reads flow files that are not in the package (those a plugin ships beside its assembly).</summary>
    public static async Task<IReadOnlyList<PackageWorkflow>> ReadFilesAsync(IEnumerable<string> files, CancellationToken ct = default)
    {
        var flows = new List<PackageWorkflow>();
        foreach (var file in files) flows.Add(new PackageWorkflow(file, ElsaJsonReader.Read(await File.ReadAllTextAsync(file, ct))));
        return flows;
    }

    // The version number is the store's business, not the file's: compare everything else.
    static string Normalize(string json)
    {
        var d = ElsaJsonReader.Read(json);
        d.Version = 0;
        return ElsaJsonWriter.Write(d);
    }
}
