using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Reports.Collection;
using Governance.Core.Reports.Model;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;
using Color = System.Drawing.Color;
using NumberFormat = SpreadCheetah.Styling.NumberFormat;

namespace Governance.Excel;

/// <summary>
/// The period's collection sheet as a workbook to fill offline: one row per element (code, name, this period's
/// value to fill, unit, last value, what is allowed), derived values filled in and greyed, each input cell with
/// Excel's own validation; the unit and period in the top rows so an upload can be checked against them.
/// </summary>
public static class CollectionWorkbook
{
    public const int FirstElementRow = 4; // 0-based: rows 1–3 are the title, unit and period, header
    public const int CodeColumn = 1, ValueColumn = 3;

    public static string SheetName => Text.Format("COLLECT-XLSX-SHEET");

    public static async Task WriteAsync(Stream output, CollectionView view, ReportLibrary library, IReadOnlyDictionary<string, decimal>? lastValues, CancellationToken ct = default)
    {
        await using var s = await Spreadsheet.CreateNewAsync(output, ReportWorkbook.Options, ct);
        var border = ExcelStyles.Thin;
        var title = s.AddStyle(new Style { Font = { Bold = true, Size = 14 } });
        var header = s.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xDD, 0xEB, 0xF7) }, Border = border, Alignment = { Horizontal = HorizontalAlignment.Center } });
        var text = s.AddStyle(new Style { Border = border });
        var input = s.AddStyle(new Style { Border = border, Fill = { Color = Color.FromArgb(0xFF, 0xFF, 0xE0) }, Format = NumberFormat.Custom("#,##0.##") });
        var locked = s.AddStyle(new Style { Border = border, Fill = { Color = Color.FromArgb(0xE7, 0xE6, 0xE6) }, Font = { Color = Color.FromArgb(0x59, 0x59, 0x59) }, Format = NumberFormat.Custom("#,##0.##") });
        var domain = s.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xF2, 0xF2, 0xF2) }, Border = border });

        var options = new WorksheetOptions { FrozenRows = FirstElementRow, FrozenColumns = 3 };
        double[] widths = [6, 10, 34, 14, 8, 12, 34, 14];
        for (var i = 0; i < widths.Length; i++) options.Column(i + 1).Width = widths[i];
        await s.StartWorksheetAsync(SheetName, options, ct);
        await s.AddRowAsync([new Cell(Text.Format("COLLECT-XLSX-TITLE", view.UnitName, view.Period), title)], ct);
        s.MergeCells("A1:H1");
        await s.AddRowAsync([new Cell(Text.Format("COLLECT-XLSX-UNIT")), new Cell(view.UnitCode), new Cell(view.UnitName)], ct);
        await s.AddRowAsync([new Cell(Text.Format("COLLECT-XLSX-PERIOD")), new Cell(view.Period), new Cell(Text.Format("COLLECT-XLSX-HINT"))], ct);
        await s.AddRowAsync(Text.Format("COLLECT-XLSX-HEADER").Split('|').Select(h => new Cell(h, header)).ToArray(), ct);

        var row = FirstElementRow;
        var n = 0;
        foreach (var d in library.Domains)
        {
            var elements = view.Data.Select(p => library.Element(p.Key)).OfType<DataElement>().Where(e => e.Domain == d.Code).ToList();
            if (elements.Count == 0) continue;
            var band = new Cell[8];
            band[0] = new Cell(d.Name, domain);
            for (var i = 1; i < 8; i++) band[i] = new Cell("", domain);
            await s.AddRowAsync(band, ct);
            s.MergeCells(CellRef.Range(0, row, 7, row));
            row++;
            foreach (var e in elements)
            {
                var value = CollectionForm.Number(view.Data[e.Code]);
                decimal? last = lastValues is not null && lastValues.TryGetValue(e.Code, out var l) ? l : null;
                await s.AddRowAsync(
                [
                    new Cell(++n, text), new Cell(e.Code, text), new Cell(e.Name, text),
                    value is { } v ? new Cell(v, e.IsManual ? input : locked) : new Cell("", e.IsManual ? input : locked),
                    new Cell(e.Unit, text), last is { } lv ? new Cell(lv, text) : new Cell("", text),
                    new Cell(Rule(e), text), new Cell("", e.IsManual ? input : locked),
                ], ct);
                if (e.IsManual)
                {
                    s.AddDataValidation(CellRef.At(ValueColumn, row), Validation(e));
                    s.AddDataValidation(CellRef.At(7, row), DataValidation.ListValues(Text.Format("COLLECT-XLSX-CHANGE-REASONS").Split('|')));
                }
                row++;
            }
        }
        await s.FinishAsync(ct);
    }

    static DataValidation Validation(DataElement e)
    {
        var min = e.Validation.Min ?? 0;
        var max = e.Validation.Max ?? 1e12;
        var v = e.Type == ElementType.Integer ? DataValidation.IntegerBetween((int)Math.Max(int.MinValue, min), (int)Math.Min(int.MaxValue, max)) : DataValidation.DecimalBetween(min, max);
        v.ErrorTitle = Text.Format("COLLECT-XLSX-ERROR-TITLE");
        v.ErrorMessage = Rule(e);
        return v;
    }

    static string Rule(DataElement e)
    {
        if (!e.IsManual) return Text.Format("COLLECT-DERIVED-HELP");
        var kind = Text.Format(e.Type == ElementType.Integer ? "COLLECT-XLSX-INTEGER" : "COLLECT-XLSX-DECIMAL");
        return Text.Format("COLLECT-XLSX-RULE", kind, Num(e.Validation.Min ?? 0), e.Validation.Max is { } max ? Num(max) : "—")
            + (e.Validation.Required ? Text.Format("COLLECT-XLSX-REQUIRED") : "");
    }

    static string Num(double d) => d.ToString("#,##0.##", CultureInfo.InvariantCulture);

    internal static JsonNode? Node(object? cell) => cell switch
    {
        null => null,
        double d => JsonValue.Create((decimal)d),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal m => JsonValue.Create(m),
        string str when str.Trim().Length == 0 => null,
        string str when decimal.TryParse(str.Trim().Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => JsonValue.Create(parsed),
        _ => JsonValue.Create(Convert.ToString(cell, CultureInfo.InvariantCulture)),
    };
}
