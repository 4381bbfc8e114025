using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Loading;

/// <summary>Reads a briefing: its period (or the alert colours that raise it), the levels it is made for and what it lists.</summary>
internal static class BriefingReader
{
    static readonly OrgLevel[] ScopeLevels = [OrgLevel.City, OrgLevel.County, OrgLevel.Street];

    public static BriefingDefinition? Briefing(JsonSection s)
    {
        s.AllowOnly("id", "name", "period", "scopes", "topItems", "topPlaces", "overdue", "alertLevels", "description");
        var id = s.String("id");
        var name = s.String("name");
        var period = s.Enum<BriefingPeriod>("period", Text.Format("TERM-BRIEFING-PERIOD"));
        var scopes = new List<OrgLevel>();
        var scopeNames = s.Strings("scopes");
        for (var i = 0; i < scopeNames.Count; i++)
            if (Enum.TryParse<OrgLevel>(scopeNames[i], true, out var level) && ScopeLevels.Contains(level)) scopes.Add(level);
            else s.Errors.Add(s.At.Field("scopes").Index(i), "DEF-BRIEF-SCOPE", scopeNames[i]);
        var topItems = Positive(s, "topItems");
        var overdue = Positive(s, "overdue");
        OrgLevel? placesLevel = null;
        int? topPlaces = null;
        if (s.Object("topPlaces") is { } p)
        {
            p.AllowOnly("level", "count");
            placesLevel = p.Enum<OrgLevel>("level", Text.Format("TERM-ORG-LEVEL"));
            topPlaces = Positive(p, "count");
        }
        var alertLevels = new List<AlertLevel>();
        var levelNames = s.Strings("alertLevels", false);
        for (var i = 0; i < levelNames.Count; i++)
            if (Enum.TryParse<AlertLevel>(levelNames[i], true, out var a)) alertLevels.Add(a);
            else s.Errors.Add(s.At.Field("alertLevels").Index(i), "DEF-ENUM", levelNames[i], Text.Format("TERM-ALERT-LEVEL"), "blue, yellow, red");
        if (period == BriefingPeriod.Alert && alertLevels.Count == 0) s.Errors.Add(s.At.Field("alertLevels"), "DEF-BRIEF-ALERT-LEVELS");
        return id is null || name is null || period is null || scopes.Count == 0 || topItems is null || overdue is null || placesLevel is null || topPlaces is null
            ? null
            : new BriefingDefinition(id, name, period.Value, scopes, topItems.Value, placesLevel.Value, topPlaces.Value, overdue.Value, alertLevels, s.At);
    }

    static int? Positive(JsonSection s, string name)
    {
        var v = s.Int(name);
        if (v is <= 0) { s.Errors.Add(s.At.Field(name), "DEF-BRIEF-COUNT", name, v); return null; }
        return v;
    }
}
