namespace Governance.Core.Definitions.Model;

/// <summary>The org tree with its departments, indexed for walking up from a grid.</summary>
public sealed class OrgTree
{
    readonly Dictionary<string, OrgUnit> units;
    readonly Dictionary<(string Unit, string Function), Department> departments;

    public OrgTree(IEnumerable<OrgUnit> units, IEnumerable<Department> departments)
    {
        this.units = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        foreach (var u in units) this.units.TryAdd(u.Code, u);
        this.departments = new Dictionary<(string, string), Department>();
        foreach (var d in departments) this.departments.TryAdd((d.UnitCode, d.Function), d);
        Root = this.units.Values.FirstOrDefault(u => u.ParentCode is null);
    }

    public OrgUnit? Root { get; }
    public IEnumerable<OrgUnit> Units => units.Values;
    public OrgUnit? Find(string code) => units.GetValueOrDefault(code);

    /// <summary>The unit and its ancestors, nearest first. Stops at a missing parent or a cycle.</summary>
    public IEnumerable<OrgUnit> SelfAndAncestors(OrgUnit unit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (OrgUnit? u = unit; u is not null && seen.Add(u.Code); u = u.ParentCode is null ? null : Find(u.ParentCode))
            yield return u;
    }

    /// <summary>The ancestor (or self) at the given level, if the unit lies below it.</summary>
    public OrgUnit? AncestorAt(OrgUnit unit, OrgLevel level) => SelfAndAncestors(unit).FirstOrDefault(u => u.Level == level);

    public bool IsWithin(OrgUnit unit, string ancestorCode) => SelfAndAncestors(unit).Any(u => u.Code == ancestorCode);

    public int Depth(OrgUnit unit) => SelfAndAncestors(unit).Count() - 1;

    /// <summary>The department with a function at exactly this unit (a city or a county), if it has one.</summary>
    public Department? DepartmentAt(string unitCode, string function) => departments.GetValueOrDefault((unitCode, function));
}
