using Governance.Core.Command.Briefings;
using Governance.Core.Messages;

namespace Governance.Server.Exports;

/// <summary>A briefing as a workbook: figures against the period before, top items and places, overdue cases, alerts (and for 要情专报 its cases).</summary>
public static class BriefingWorkbook
{
    public static async Task WriteAsync(Stream stream, Briefing b, TimeZoneInfo zone, CancellationToken ct)
    {
        var c = b.Content;
        await using var book = await Workbook.CreateAsync(stream, ct);
        await book.SheetAsync(Text.Format("XLSX-SHEET-FIGURES"), [(Text.Format("XLSX-FIGURE"), 18), (c.PeriodLabel, 22), (Text.Format("XLSX-PREVIOUS"), 14),
            (Text.Format("XLSX-CHANGE"), 12)], ct, c.Title);
        async Task Count(string code, long now, long before) =>
            await book.RowAsync([Workbook.Text(Text.Format(code)), Workbook.Count(now), Workbook.Count(before), Workbook.Count(now - before)], ct);
        async Task Rate(string code, double? now, double? before) =>
            await book.RowAsync([Workbook.Text(Text.Format(code)), book.Rate(now), book.Rate(before), book.Rate(now - before)], ct);
        await Count("BRIEF-REPORTED", c.Figures.Reported, c.Previous.Reported);
        await Count("BRIEF-ACCEPTED", c.Figures.Accepted, c.Previous.Accepted);
        await Count("BRIEF-CLOSED", c.Figures.Closed, c.Previous.Closed);
        await Count("BRIEF-OPEN", c.Figures.Open, c.Previous.Open);
        await Count("BRIEF-OVERDUE", c.Figures.Overdue, c.Previous.Overdue);
        await Rate("BRIEF-ONTIME", c.Figures.OnTimeRate, c.Previous.OnTimeRate);
        await Rate("BRIEF-SATISFACTION", c.Figures.Satisfaction, c.Previous.Satisfaction);
        await Count("BRIEF-ALERTS", c.Figures.Alerts, c.Previous.Alerts);
        await Count("BRIEF-RED-ALERTS", c.Figures.RedAlerts, c.Previous.RedAlerts);

        foreach (var (sheet, rows) in new[] { ("XLSX-SHEET-TOP-ITEMS", c.TopItems), ("XLSX-SHEET-TOP-PLACES", c.TopPlaces) })
        {
            await book.SheetAsync(Text.Format(sheet), [(Text.Format("XLSX-CODE"), 18), (Text.Format("XLSX-NAME"), 36), (c.PeriodLabel, 22),
                (Text.Format("XLSX-PREVIOUS"), 14), (Text.Format("XLSX-CHANGE"), 12)], ct);
            foreach (var r in rows)
                await book.RowAsync([Workbook.Text(r.Code), Workbook.Text(r.Name), Workbook.Count(r.Count), Workbook.Count(r.Previous), Workbook.Count(r.Count - r.Previous)], ct);
        }

        foreach (var (sheet, cases) in new[] { ("XLSX-SHEET-CAUSE", c.CauseCases), ("XLSX-SHEET-OVERDUE", c.Overdue) })
        {
            if (sheet == "XLSX-SHEET-CAUSE" && c.Cause is null) continue;
            await book.SheetAsync(Text.Format(sheet), CaseColumns, ct);
            foreach (var x in cases)
                await book.RowAsync([Workbook.Text(x.Number), Workbook.Text(x.ItemName), Workbook.Text(x.PlaceName), Workbook.Text(x.StatusName),
                    Workbook.Text(x.UrgencyName), Workbook.Time(x.ReportedAt, zone), Workbook.Time(x.Deadline, zone), Workbook.Text(x.HandlerName),
                    Workbook.Text(x.Description)], ct);
        }

        await book.SheetAsync(Text.Format("XLSX-SHEET-ALERTS"), [(Text.Format("XLSX-RULE"), 18), (Text.Format("XLSX-LEVEL"), 10), (Text.Format("XLSX-SUMMARY"), 60),
            (Text.Format("XLSX-PLACE"), 30), (Text.Format("XLSX-RAISED"), 18), (Text.Format("XLSX-CASES"), 40)], ct);
        foreach (var a in c.Alerts)
            await book.RowAsync([Workbook.Text(a.RuleName), Workbook.Text(Text.Format("ALERT-LEVEL-" + a.Level.ToString().ToUpperInvariant())), Workbook.Text(a.Summary),
                Workbook.Text(a.PlaceName), Workbook.Time(a.RaisedAt, zone), Workbook.Text(string.Join("、", a.CaseNumbers))], ct);
    }

    static readonly (string, double)[] CaseColumns =
    [
        (Text.Format("XLSX-NUMBER"), 22), (Text.Format("XLSX-ITEM"), 20), (Text.Format("XLSX-PLACE"), 30), (Text.Format("XLSX-STATUS"), 12),
        (Text.Format("XLSX-URGENCY"), 8), (Text.Format("XLSX-REPORTED"), 18), (Text.Format("XLSX-DEADLINE"), 18), (Text.Format("XLSX-HANDLER"), 22),
        (Text.Format("XLSX-DESCRIPTION"), 60),
    ];
}
