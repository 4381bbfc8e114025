using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command.Assessment;

/// <summary>
/// One assessed unit: its code and name, the org unit it belongs to (for who may see it), the keys its cases and
/// assignments are grouped by, and the constants its formulas may read (gridWorkers).
/// </summary>
public sealed record Subject(string Code, string Name, string UnitCode, string CaseKey, string AssignmentKey, int GridWorkers);

/// <summary>
/// Who is assessed at each level and by which dimensions their figures are counted: departments by the cases they
/// handle now and the tasks they were given; streets, communities and grids by the cases placed in them; grid
/// workers by the cases they reported on patrol and the tasks given to their grid.
/// </summary>
public sealed record SubjectLevel(AssessmentLevel Level, Dimension CaseKey, Dimension AssignmentKey, Func<DefinitionSet, IEnumerable<Subject>> List)
{
    public static readonly IReadOnlyDictionary<AssessmentLevel, SubjectLevel> All = new Dictionary<AssessmentLevel, SubjectLevel>
    {
        [AssessmentLevel.Department] = new(AssessmentLevel.Department, Dimension.Department, Dimension.Department,
            d => d.City!.Departments.Select(x => new Subject(x.Code, x.Name, x.UnitCode, x.Code, x.Code, 0))),
        [AssessmentLevel.Street] = Territorial(AssessmentLevel.Street, Dimension.Street, OrgLevel.Street),
        [AssessmentLevel.Community] = Territorial(AssessmentLevel.Community, Dimension.Community, OrgLevel.Community),
        [AssessmentLevel.Grid] = Territorial(AssessmentLevel.Grid, Dimension.Grid, OrgLevel.Grid),
        [AssessmentLevel.GridWorker] = new(AssessmentLevel.GridWorker, Dimension.Reporter, Dimension.TaskUnit,
            d => d.City!.Users.Where(u => u.Role == Role.GridWorker).Select(u => new Subject(u.Username, u.Name, u.Unit, u.Username, u.Unit, 1))),
    };

    static SubjectLevel Territorial(AssessmentLevel level, Dimension dimension, OrgLevel org) => new(level, dimension, dimension,
        d => d.City!.Org.Units.Where(u => u.Level == org).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => new Subject(u.Code, u.Name, u.Code, u.Code, u.Code,
            d.City.Users.Count(w => w.Role == Role.GridWorker && w.Unit.StartsWith(u.Code, StringComparison.Ordinal)))));
}
