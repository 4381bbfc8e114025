using Governance.Core.Definitions;
using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Dispatch;
using Governance.Core.Documents;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Validation;
using Governance.Core.Geography;
using Governance.Core.Reports.Loading;
using Governance.Core.Workflows.Activities;

namespace Governance.Core.Packages;

/// <summary>What a load checks beyond the documents themselves.</summary>
public sealed record PackageLoadOptions
{
    /// <summary>The activities flows may use (built-ins and plugins); the built-ins when null.</summary>
    public ActivityRegistry? Activities { get; init; }

    /// <summary>The clock that says which calendar year is the current one.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Flows the host runs, which must be in the package (the case loop).</summary>
    public IReadOnlyList<string> RequiredWorkflows { get; init; } = [];
}

/// <summary>
/// The one loader of a package, from any source (a folder, a database snapshot, a draft over a published version):
/// org, catalog, routes, limits, calendar, users, forms and flows, with every cross-reference checked. Every
/// document is read even when an earlier one is broken, so that all problems are reported in one pass.
/// </summary>
public static class DefinitionLoader
{
    /// <summary>Loads and validates a package folder. Never throws for bad content: problems are in <see cref="DefinitionSet.Problems"/>.</summary>
    public static DefinitionSet Load(string root, TimeProvider? clock = null) => Load(root, new PackageLoadOptions { Clock = clock });

    public static DefinitionSet Load(string root, PackageLoadOptions options)
    {
        if (!Directory.Exists(root))
        {
            var errors = new DefinitionErrors();
            errors.Add(new SourceRef(root, "$"), "DEF-DIR-MISSING", root);
            return new DefinitionSet(new DocumentSet(root, []), null, FormLibrary.Empty, [], errors);
        }
        return Load(DocumentSet.FromFolder(root), options);
    }

    /// <summary>Loads and validates documents held in memory (a published version, a draft laid over one).</summary>
    public static DefinitionSet Load(DocumentSet documents, PackageLoadOptions? options = null)
    {
        options ??= new PackageLoadOptions();
        var errors = new DefinitionErrors();
        var reader = new SourceReader(documents, errors);
        var (cityParts, countyParts) = DefinitionReader.Read(reader);

        // Forms: the city's, then any a county adds in counties/<code>/forms/ (an id and version may exist only once).
        var formFolders = new[] { "forms" }
            .Concat(documents.Folders(PackagePaths.CountiesFolder).Select(c => $"{PackagePaths.CountiesFolder}/{c}/forms"))
            .Where(documents.HasFolder).ToList();
        var forms = formFolders.Count > 0 ? FormPackage.Read(formFolders.SelectMany(f => reader.Files(f)).Select(f => reader.Root(f)), errors) : FormLibrary.Empty;

        var definitions = PackageValidator.Validate(cityParts, countyParts, errors, options.Clock ?? TimeProvider.System);
        var workflows = WorkflowDocuments.Read(documents, options.Activities ?? ActivityRegistry.CreateDefault(), errors);
        if (definitions is not null)
        {
            FormPackage.CheckReferences(definitions, forms, errors);
            WorkflowDocuments.CheckReferences(workflows, definitions, forms, options.RequiredWorkflows, errors);
            // Last: the most expensive check, reported after the simple problems it often follows from.
            RouteCoverage.Check(definitions, errors);
        }
        var set = new DefinitionSet(documents, definitions, forms, workflows, errors);
        if (definitions is not null)
            set = set.WithPlaces(
                reader.Root(PublicGroup.File, required: false) is { } groups ? PublicGroupReader.Read(groups, definitions.City, errors) : [],
                reader.Root(PlaceBoundaries.File, required: false) is { } boundaries
                    ? BoundaryChecks.Check(BoundaryReader.Read(boundaries), definitions.City.Org, boundaries.At, errors) : PlaceBoundaries.Empty);
        if (documents.HasFolder("reports"))
            set = set.WithReports(ReportPackage.Read(reader.Files(ReportPackage.DictionaryFolder).Select(f => reader.Root(f)),
                reader.Files(ReportPackage.TablesFolder).Select(f => reader.Root(f)), definitions?.City, forms, errors));
        return set.WithCommand(CommandReader.Read(reader.Root, folder => reader.Files(folder, required: false), definitions?.City, errors));
    }
}
