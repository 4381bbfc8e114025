using System.Globalization;
using Governance.Core.Messages;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Model;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Governance.Excel;

/// <summary>
/// Writes one built report as a worksheet, laid out as the preview: title, unit and period, the multi-level
/// header with its merges and notes, the body (total and subtotals as SUBTOTAL formulas over their rows, rates
/// as formulas over their numerator and denominator columns, each with its value cached), notes below; the
/// header and the label columns frozen.
/// </summary>
internal static class ReportSheetWriter
{
    const int TitleRows = 2;

    public static async Task WriteAsync(Spreadsheet s, ReportStyles styles, ReportTable t, string sheetName, CancellationToken ct)
    {
        var width = t.Columns.Count + 1;
        var options = new WorksheetOptions { FrozenRows = TitleRows + t.HeaderRows, FrozenColumns = Math.Max(1, t.Definition.FrozenColumns) };
        options.Column(1).Width = Math.Max(16, t.Rows.Count == 0 ? 16 : t.Rows.Max(r => r.Label.Length * 2 + r.Depth * 2) / 1.6);
        for (var i = 0; i < t.Columns.Count; i++) options.Column(i + 2).Width = t.Columns[i].Width;
        await s.StartWorksheetAsync(sheetName, options, ct);

        await s.AddRowAsync([new Cell(t.Title, styles.Title)], new RowOptions { Height = 30 }, ct);
        s.MergeCells(CellRef.Range(0, 0, width - 1, 0));
        var half = Math.Max(1, width / 2);
        var caption = new Cell[width];
        caption[0] = new Cell(Text.Format("REPORT-XLSX-UNIT", t.UnitName), styles.Caption);
        caption[half] = new Cell(Text.Format("REPORT-XLSX-PERIOD", t.PeriodLabel, t.Definition.Issuer), styles.Caption);
        await s.AddRowAsync(caption, ct);
        if (half > 1) s.MergeCells(CellRef.Range(0, 1, half - 1, 1));
        if (width - 1 > half) s.MergeCells(CellRef.Range(half, 1, width - 1, 1));

        await WriteHeaderAsync(s, styles, t, width, ct);
        var first = TitleRows + t.HeaderRows;
        for (var r = 0; r < t.Rows.Count; r++) await s.AddRowAsync(BodyRow(styles, t, t.Rows[r], first + r), ct);

        var row = first + t.Rows.Count;
        foreach (var note in t.Notes)
        {
            await s.AddRowAsync([new Cell(Text.Format("REPORT-XLSX-NOTE", note), styles.Note)], ct);
            s.MergeCells(CellRef.Range(0, row, width - 1, row));
            row++;
        }
    }

    static async Task WriteHeaderAsync(Spreadsheet s, ReportStyles styles, ReportTable t, int width, CancellationToken ct)
    {
        for (var r = 0; r < t.HeaderRows; r++)
        {
            var cells = new Cell[width];
            // Every cell of the header block carries the header style, so merged areas show their borders.
            for (var c = 0; c < width; c++) cells[c] = new Cell("", styles.Header);
            foreach (var h in t.Header.Where(h => h.Row == r)) cells[h.Column] = new Cell(h.Text, styles.Header);
            await s.AddRowAsync(cells, new RowOptions { Height = r == t.HeaderRows - 1 ? 42 : 24 }, ct);
        }
        foreach (var h in t.Header)
        {
            if (h.RowSpan > 1 || h.ColumnSpan > 1)
                s.MergeCells(CellRef.Range(h.Column, TitleRows + h.Row, h.Column + h.ColumnSpan - 1, TitleRows + h.Row + h.RowSpan - 1));
            if (h.Note is { } note) s.AddNote(CellRef.At(h.Column, TitleRows + h.Row), note);
        }
    }

    static Cell[] BodyRow(ReportStyles styles, ReportTable t, TableRow row, int at)
    {
        var cells = new Cell[t.Columns.Count + 1];
        cells[0] = new Cell(new string('\u3000', row.Depth > 1 ? row.Depth - 1 : 0) + row.Label, styles.Body(row.Kind, null));
        for (var c = 0; c < t.Columns.Count; c++)
        {
            var column = t.Columns[c];
            var style = styles.Body(row.Kind, column.Format);
            var value = row.Values[c];
            if (column is { RateNumerator: { } n, RateDenominator: { } d })
            {
                var (num, den) = (CellRef.At(n + 1, at), CellRef.At(d + 1, at));
                var formula = new Formula($"IF(N({den})=0,\"\",{num}/{den})");
                cells[c + 1] = value is { } v ? new Cell(formula, v, style) : new Cell(formula, "", style);
            }
            else if (row.Kind != RowKind.Detail && column.Additive && row.Span > 0)
            {
                var range = $"{CellRef.At(c + 1, at + 1)}:{CellRef.At(c + 1, at + row.Span)}";
                cells[c + 1] = new Cell(new Formula($"SUBTOTAL(9,{range})"), value ?? 0, style);
            }
            else cells[c + 1] = value is { } v ? new Cell(v, style) : new Cell("", style);
        }
        return cells;
    }

    internal static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
