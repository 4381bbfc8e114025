using Governance.Core.Cases.Disclosure;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages;
using Governance.Core.ReadSide;

namespace Governance.Core.Command;

/// <summary>Codes to the names users read, from the package: items, categories, channels, places, departments, statuses.</summary>
public sealed class Names(DefinitionSet definitions)
{
    EffectivePackage City => definitions.City!;

    public string Item(string code, string? place = null) => definitions.For(place).FindItem(code)?.Name ?? City.FindItem(code)?.Name ?? code;
    public string Category(string code) => City.Categories.FirstOrDefault(c => c.Code == code)?.Name ?? code;
    public string Channel(string code) => City.Channels.FirstOrDefault(c => c.Code == code)?.Name ?? code;
    public string Urgency(string code) => City.Urgencies.FirstOrDefault(c => c.Code == code)?.Name ?? code;
    public string Place(string code) => City.Org.Find(code)?.Name ?? code;
    public string Department(string code) => City.Departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;
    public string Warning(string code) => Messages.Text.Contains("WARNING-NAME-" + code.ToUpperInvariant()) ? Messages.Text.Format("WARNING-NAME-" + code.ToUpperInvariant()) : code;
    public string Status(string code) => Enum.TryParse<CaseStatus>(code, out var s) ? Statuses.Name(s) : code;

    /// <summary>A place with its street (and community, for a grid), as lists show it: 东城街道·和平社区·第3网格.</summary>
    public string PlacePath(string code)
    {
        if (City.Org.Find(code) is not { } unit) return code;
        return string.Join("·", City.Org.SelfAndAncestors(unit).Where(u => u.Level is OrgLevel.Street or OrgLevel.Community or OrgLevel.Grid)
            .Reverse().Select(u => u.Name));
    }

    /// <summary>Who handles a case now: the department, else the unit.</summary>
    public string? Handler(CaseFact f) => f.AssigneeDepartment is { } d ? Department(d) : f.AssigneeUnit is { } u ? Place(u) : null;

    /// <summary>
    /// A case as the command center lists it, for every viewer alike (the hall's screen is seen by many): the reporter's
    /// phone masked wherever the description repeats it, as the disclosure policy masks it for staff outside the center.
    /// </summary>
    public CaseLine Line(CaseFact f)
    {
        var text = f.ReporterPhone is { Length: > 0 } phone ? f.Description.Replace(phone, Masking.Phone(phone), StringComparison.Ordinal) : f.Description;
        return new(f.Id, f.Number, f.ItemCode, Item(f.ItemCode, f.GridCode), f.GridCode, PlacePath(f.GridCode), f.Status,
            Status(f.Status), f.Urgency, Urgency(f.Urgency), f.Warning, f.ReportedAt, f.Deadline, Handler(f),
            text.Length > 120 ? text[..120] + "…" : text);
    }

    public AlertLine Line(Warnings.Alert a) => new(a.Id, a.RuleId, a.RuleName, a.Level, Messages.Text.Format("ALERT-LEVEL-" + a.Level.ToString().ToUpperInvariant()), a.Summary, a.PlaceCode, PlacePath(a.PlaceCode), a.RaisedAt,
        a.UpdatedAt, a.State == Warnings.AlertState.Acknowledged, a.Cases.Select(c => c.Number).ToList(), a.Cases.Select(c => c.CaseId).ToList());
}
