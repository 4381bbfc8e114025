using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;

namespace Governance.Core.Cases;

/// <summary>
/// Publishes the flows in definitions/workflows/: a file whose content differs from the latest published
/// version becomes a new version (running instances stay on theirs); an unchanged file publishes nothing.
/// </summary>
public static class WorkflowPublisher
{
    public sealed record Published(string File, string DefinitionId, int Version, bool IsNew, IReadOnlyList<string> Errors);

    public static Task<IReadOnlyList<Published>> PublishFolderAsync(WorkflowRuntime runtime, string folder, CancellationToken ct = default) =>
        PublishFilesAsync(runtime, Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal) : [], ct);

    /// <summary>Publishes these flow files (a plugin's flows, for instance) the same way.</summary>
    public static async Task<IReadOnlyList<Published>> PublishFilesAsync(WorkflowRuntime runtime, IEnumerable<string> files, CancellationToken ct = default)
    {
        var results = new List<Published>();
        foreach (var file in files)
        {
            var definition = ElsaJsonReader.Read(await File.ReadAllTextAsync(file, ct));
            var latest = await runtime.Store.GetDefinitionAsync(definition.DefinitionId, null, ct);
            if (latest is not null && Normalize(latest.Json) == Normalize(ElsaJsonWriter.Write(definition)))
            {
                results.Add(new Published(file, definition.DefinitionId, latest.Version, false, []));
                continue;
            }
            var (published, errors) = await runtime.PublishAsync(definition, ct);
            results.Add(new Published(file, definition.DefinitionId, published?.Version ?? 0, published is not null, errors.Select(e => e.ToString()).ToList()));
        }
        return results;
    }

    // The version number is the store's business, not the file's: compare everything else.
    static string Normalize(string json)
    {
        var d = ElsaJsonReader.Read(json);
        d.Version = 0;
        return ElsaJsonWriter.Write(d);
    }
}
