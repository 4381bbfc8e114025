namespace Governance.Core.ReadSide;

/// <summary>
/// What figures are grouped or filtered by. Org levels are prefixes of a case's grid code (GB/T 2260: 6 digits
/// for the county, 9 for the street, 12 for the community, 15 for the grid), so "under a unit" is equality at
/// that unit's level. On the assignment grain, <see cref="Department"/> and <see cref="TaskUnit"/> are the
/// task's; everything else is its case's.
/// </summary>
public enum Dimension
{
    County,
    Street,
    Community,
    Grid,
    Category,
    Item,
    Channel,
    /// <summary>The case status code (Reported, Dispatched … Archived).</summary>
    Status,
    Urgency,
    /// <summary>The case's current warning (None, Blue, Yellow, Red, Overdue).</summary>
    Warning,
    /// <summary>Cases: the department now handling it. Assignments: the department the task was given to.</summary>
    Department,
    /// <summary>Cases: the department, else the unit now handling it (the old statistics' grouping).</summary>
    Handler,
    /// <summary>Assignments: the org unit the task was given to (a street, community or grid; a department's own unit).</summary>
    TaskUnit,
    /// <summary>The username of a staff reporter (grid workers' patrol reports); citizens have none.</summary>
    Reporter,
    /// <summary>The reporter's phone number (repeated complaints).</summary>
    Phone,
    /// <summary>The local calendar day (yyyy-MM-dd in the city's time zone) a case was reported or a task opened.</summary>
    Day,
}

/// <summary>The two grains figures are counted on: cases, and handling assignments (the 办理 tasks a case was given out as).</summary>
public enum Grain { Case, Assignment }
