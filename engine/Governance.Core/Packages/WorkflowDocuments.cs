using System.Text.Json.Nodes;
using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Documents;
using Governance.Core.Forms.Model;
using Governance.Core.Workflows.Activities;
using Governance.Core.Workflows.Model;
using Governance.Core.Workflows.Serialization;
using Governance.Core.Workflows.Validation;

namespace Governance.Core.Packages;

/// <summary>The flows of a package (workflows/*.json): read, validated as publishing would, and checked against the rest of the package.</summary>
internal static class WorkflowDocuments
{
    public const string Folder = "workflows";

    /// <summary>The form a step names by this value means the case's own intake form, whichever that is.</summary>
    const string IntakeForm = "intake";

    public static IReadOnlyList<PackageWorkflow> Read(DocumentSet documents, ActivityRegistry activities, DefinitionErrors errors)
    {
        foreach (var county in documents.Folders(PackagePaths.CountiesFolder))
            if (documents.HasFolder($"{PackagePaths.CountiesFolder}/{county}/{Folder}"))
                errors.Add(new SourceRef($"{PackagePaths.CountiesFolder}/{county}/{Folder}/", "$"), "DEF-WORKFLOW-COUNTY");
        var result = new List<PackageWorkflow>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in documents.Files(Folder))
        {
            WorkflowDefinition definition;
            try
            {
                definition = ElsaJsonReader.Read(CanonicalJson.Text(documents.Read(path)!));
            }
            catch (WorkflowImportException e)
            {
                errors.AddWorded(new SourceRef(path, e.JsonPath), e.Code, e.Message);
                continue;
            }
            if (!seen.TryAdd(definition.DefinitionId, path))
            {
                errors.Add(new SourceRef(path, "$.definitionId"), "DEF-WORKFLOW-DUPLICATE", definition.DefinitionId, seen[definition.DefinitionId]);
                continue;
            }
            foreach (var problem in WorkflowValidator.Validate(definition, activities))
                errors.AddWorded(new SourceRef(path, problem.Path), problem.Code, problem.Message);
            result.Add(new PackageWorkflow(path, definition));
        }
        return result;
    }

    /// <summary>Steps name forms and departments that must exist; the flows the host runs must be there.</summary>
    public static void CheckReferences(IReadOnlyList<PackageWorkflow> workflows, EffectiveDefinitions definitions, FormLibrary forms,
        IReadOnlyList<string> required, DefinitionErrors errors)
    {
        foreach (var id in required.Where(id => workflows.All(w => w.Definition.DefinitionId != id)))
            errors.Add(new SourceRef(Folder + "/", "$"), "DEF-WORKFLOW-MISSING", id);
        var departments = definitions.City.Departments.Select(d => d.Code).Concat(definitions.City.Functions.Select(f => f.Code))
            .Append(RouteHandler.FromItem).ToHashSet(StringComparer.Ordinal);
        foreach (var workflow in workflows)
            foreach (var (activity, path) in Walk(workflow.Definition.Root, "$.root"))
            {
                var name = activity.Name ?? activity.Id;
                if (Literal(activity, "formId") is { } form && form != IntakeForm && !forms.Contains(form))
                    errors.Add(new SourceRef(workflow.Path, path + ".formId"), "DEF-WORKFLOW-FORM", name, form);
                foreach (var input in new[] { "department", "departments" })
                    if (Literal(activity, input) is { } value)
                        foreach (var code in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(c => !departments.Contains(c)))
                            errors.Add(new SourceRef(workflow.Path, $"{path}.{input}"), "DEF-WORKFLOW-DEPARTMENT", name, code);
            }
    }

    /// <summary>A literal input's value ({typeName, expression: {type: "Literal", value}}); null for an expression or none.</summary>
    static string? Literal(ActivityNode activity, string input) =>
        activity.Properties[input]?["expression"] is JsonObject e && e["type"]?.GetValue<string>() == "Literal" && e["value"] is JsonValue v
            && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    static IEnumerable<(ActivityNode Activity, string Path)> Walk(ActivityNode a, string path)
    {
        yield return (a, path);
        foreach (var (key, child) in a.Children)
            foreach (var x in Walk(child, $"{path}.{key}")) yield return x;
        for (var i = 0; i < (a.Activities?.Count ?? 0); i++)
            foreach (var x in Walk(a.Activities![i], $"{path}.activities[{i}]")) yield return x;
    }
}
