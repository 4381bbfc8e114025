using Governance.Core.Definitions;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Documents;
using Governance.Core.Forms.Model;
using Governance.Core.Geography;
using Governance.Core.Reports.Model;

namespace Governance.Core.Packages;

/// <summary>
/// One loaded package: its documents, the effective definitions of the city and of each county overlay, every
/// form version and every flow. Immutable: a publish makes a new set, and whoever holds this one keeps a
/// consistent view. Only a set without errors should be run; <see cref="Problems"/> says what is wrong.
/// </summary>
public sealed class DefinitionSet
{
    internal DefinitionSet(DocumentSet documents, EffectiveDefinitions? definitions, FormLibrary forms,
        IReadOnlyList<PackageWorkflow> workflows, DefinitionErrors problems)
    {
        Documents = documents;
        Definitions = definitions;
        Forms = forms;
        Workflows = workflows;
        Problems = problems;
    }

    /// <summary>Where it was read from: a folder, "database revision 12".</summary>
    public string Name => Documents.Name;
    public DocumentSet Documents { get; }
    public EffectiveDefinitions? Definitions { get; }
    public EffectivePackage? City => Definitions?.City;
    public DefinitionErrors Problems { get; }
    /// <summary>Every version of every form, the city's and the counties'.</summary>
    public FormLibrary Forms { get; }
    /// <summary>The flows of workflows/, as read; the workflow store holds their published versions.</summary>
    public IReadOnlyList<PackageWorkflow> Workflows { get; }
    /// <summary>The data dictionary and report definitions of reports/; empty when the package has none.</summary>
    public ReportLibrary Reports { get; private init; } = ReportLibrary.Empty;
    /// <summary>Assessment, warning rules and briefings (assessment/, warnings/, briefings/); empty when the package has none.</summary>
    public CommandDefinitions Command { get; private init; } = CommandDefinitions.Empty;
    /// <summary>The kinds of problem the public page offers in citizens' words (catalog/public-groups.json); empty when the package has none.</summary>
    public IReadOnlyList<PublicGroup> PublicGroups { get; private init; } = [];
    /// <summary>The units' boundaries from org/boundaries.json and the grid of a point; empty when the package has none.</summary>
    public IPlaceLocator Places { get; private init; } = PlaceBoundaries.Empty;
    public bool IsValid => Definitions is not null && !Problems.HasErrors;

    /// <summary>Which published versions this set is (null for a folder): the database revision and each scope's version.</summary>
    public PackageStamp? Stamp { get; init; }

    /// <summary>The same set, marked with the published versions it was built from.</summary>
    internal DefinitionSet WithStamp(PackageStamp stamp) => Copy(stamp, Reports, Command, PublicGroups, Places);

    /// <summary>The same set with its reports read.</summary>
    internal DefinitionSet WithReports(ReportLibrary reports) => Copy(Stamp, reports, Command, PublicGroups, Places);

    /// <summary>The same set with the command center's definitions read.</summary>
    internal DefinitionSet WithCommand(CommandDefinitions command) => Copy(Stamp, Reports, command, PublicGroups, Places);

    /// <summary>The same set with the public page's groups and the units' boundaries read.</summary>
    internal DefinitionSet WithPlaces(IReadOnlyList<PublicGroup> publicGroups, IPlaceLocator places) => Copy(Stamp, Reports, Command, publicGroups, places);

    DefinitionSet Copy(PackageStamp? stamp, ReportLibrary reports, CommandDefinitions command, IReadOnlyList<PublicGroup> publicGroups, IPlaceLocator places) =>
        new(Documents, Definitions, Forms, Workflows, Problems) { Stamp = stamp, Reports = reports, Command = command, PublicGroups = publicGroups, Places = places };

    /// <summary>The codes of the counties that have an overlay package.</summary>
    public IEnumerable<string> OverlaidCounties => Definitions?.OverlaidCounties ?? [];

    /// <summary>What a place runs: its county's overlay, or the city package. Any org unit code, or null for the city.</summary>
    public EffectivePackage For(string? placeCode) =>
        (Definitions ?? throw new InvalidOperationException("the definition package did not load; see Problems")).For(placeCode);
}

/// <summary>Which published versions a set was built from: the database's revision and each scope's version.</summary>
public sealed record PackageStamp(long Revision, IReadOnlyDictionary<string, int> Versions);
