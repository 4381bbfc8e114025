using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Governance.Core.Command;
using Governance.Core.Command.Briefings;
using Msg = Governance.Core.Messages.Text;

namespace Governance.Server.Exports;

/// <summary>
/// 要情专报 as a Word document (.docx, Open XML SDK): the title, the alert, the cases behind it in a table, the day's
/// figures against the day before, and the overdue cases — what a center sends on to its leaders.
/// </summary>
public static class BriefingDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Write(Stream stream, Briefing b, TimeZoneInfo zone)
    {
        var c = b.Content;
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        body.Append(Para(c.Title, bold: true, size: 36, center: true));
        body.Append(Para(Msg.Format("DOCX-SUBTITLE", b.ScopeName, Local(b.GeneratedAt, zone)), size: 24, center: true));
        body.Append(Para(Msg.Format("DOCX-SECTION-ALERT"), bold: true, size: 28));
        if (c.Cause is { } alert)
            body.Append(Para(Msg.Format("DOCX-ALERT", Msg.Format("ALERT-LEVEL-" + alert.Level.ToString().ToUpperInvariant()), alert.RuleName, alert.Summary,
                Local(alert.RaisedAt, zone))));
        body.Append(Para(Msg.Format("DOCX-SECTION-CASES"), bold: true, size: 28));
        body.Append(Table([Msg.Format("XLSX-NUMBER"), Msg.Format("XLSX-ITEM"), Msg.Format("XLSX-PLACE"), Msg.Format("XLSX-STATUS"),
            Msg.Format("XLSX-URGENCY"), Msg.Format("XLSX-REPORTED"), Msg.Format("XLSX-DESCRIPTION")],
            c.CauseCases.Select(x => new[] { x.Number, x.ItemName, x.PlaceName, x.StatusName, x.UrgencyName, Local(x.ReportedAt, zone), x.Description })));
        body.Append(Para(Msg.Format("DOCX-SECTION-FIGURES"), bold: true, size: 28));
        body.Append(Para(Msg.Format("DOCX-FIGURES", c.PeriodLabel, c.Figures.Reported, c.Figures.Accepted, c.Figures.Closed, c.Figures.Open,
            c.Figures.Overdue, c.Figures.Alerts, c.Figures.RedAlerts, c.Previous.Reported)));
        body.Append(Para(Msg.Format("DOCX-SECTION-OVERDUE"), bold: true, size: 28));
        if (c.Overdue.Count == 0) body.Append(Para(Msg.Format("DOCX-NONE")));
        else
            body.Append(Table([Msg.Format("XLSX-NUMBER"), Msg.Format("XLSX-ITEM"), Msg.Format("XLSX-PLACE"), Msg.Format("XLSX-HANDLER"), Msg.Format("XLSX-DEADLINE")],
                c.Overdue.Select(x => new[] { x.Number, x.ItemName, x.PlaceName, x.HandlerName ?? "", Local(x.Deadline, zone) })));
        body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1304, Right = 1304 }));
        main.Document.Save();
    }

    static string Local(DateTimeOffset? t, TimeZoneInfo zone) =>
        t is { } v ? TimeZoneInfo.ConvertTime(v, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    static Paragraph Para(string text, bool bold = false, int size = 24, bool center = false)
    {
        var props = new RunProperties(new RunFonts { Ascii = "FangSong", HighAnsi = "FangSong", EastAsia = bold ? "SimHei" : "FangSong" },
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold) props.Append(new Bold());
        var paragraph = new Paragraph(new Run(props, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center) paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return paragraph;
    }

    static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        var border = new EnumValue<BorderValues>(BorderValues.Single);
        var table = new Table(new TableProperties(
            new TableBorders(new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 },
                new RightBorder { Val = border, Size = 4 }, new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(header, bold: true));
        foreach (var r in rows) table.Append(Row(r, bold: false));
        return table;
    }

    static TableRow Row(IEnumerable<string> cells, bool bold) => new(cells.Select(text => new TableCell(Para(text, bold, size: 20))));
}
