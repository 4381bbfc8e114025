namespace Governance.Core.Definitions.Model;

/// <summary>The levels of the org tree, lowest first; the order is the escalation order.</summary>
public enum OrgLevel { Grid = 0, Community = 1, Street = 2, County = 3, City = 4 }

/// <summary>A unit of the administrative tree: city, county/district, street/township, community/village, grid.</summary>
public sealed record OrgUnit(string Code, string Name, OrgLevel Level, string? ParentCode, SourceRef Source)
{
    /// <summary>How many digits a unit's code has at each level (GB/T 2260 area code + 3 per lower level).</summary>
    public static int CodeLength(OrgLevel level) => level switch
    {
        OrgLevel.City or OrgLevel.County => 6,
        OrgLevel.Street => 9,
        OrgLevel.Community => 12,
        _ => 15,
    };
}

/// <summary>A function such as 城管执法 that a city department and its county counterparts share.</summary>
public sealed record DepartmentFunction(string Code, string Name, SourceRef Source);

/// <summary>A department (职能部门) that sits at the city or at one county and carries one function.</summary>
public sealed record Department(string Code, string Name, string Function, string UnitCode, SourceRef Source);

/// <summary>
/// A code and its display name: channels, urgencies. A channel marked <see cref="Public"/> takes reports from people
/// who have not signed in (the app, the website); the others are staff channels.
/// </summary>
public sealed record DictionaryEntry(string Code, string Name, SourceRef Source, bool Public = false);
