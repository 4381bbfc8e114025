using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using Color = System.Drawing.Color;

namespace Governance.Excel;

/// <summary>A column of a long list: its title, width and, for numbers, an Excel number format.</summary>
public sealed record LedgerColumn(string Title, double Width, string? NumberFormat = null);

/// <summary>
/// Writes a list of any length as a stream of rows (a city's year of cases runs past a million): a header row
/// frozen on every sheet, and a new sheet (台账, 台账(2) …) whenever a sheet reaches Excel's 1,048,576 rows.
/// </summary>
public static class LedgerWriter
{
    public const int ExcelMaxRows = 1_048_576;

    public static async Task<long> WriteAsync(Stream output, string sheetName, IReadOnlyList<LedgerColumn> columns, IAsyncEnumerable<object?[]> rows,
        Action<long>? progress = null, int maxRowsPerSheet = ExcelMaxRows, CancellationToken ct = default)
    {
        await using var s = await Spreadsheet.CreateNewAsync(output, ReportWorkbook.Options, ct);
        var header = s.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xDD, 0xEB, 0xF7) } });
        var formats = columns.Select(c => c.NumberFormat is { } f ? s.AddStyle(new Style { Format = NumberFormat.Custom(f) }) : (StyleId?)null).ToArray();
        var titles = columns.Select(c => new Cell(c.Title, header)).ToArray();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        async Task StartSheetAsync()
        {
            var options = new WorksheetOptions { FrozenRows = 1 };
            for (var i = 0; i < columns.Count; i++) options.Column(i + 1).Width = columns[i].Width;
            await s.StartWorksheetAsync(CellRef.SheetName(sheetName, names), options, ct);
            await s.AddRowAsync(titles, ct);
        }

        await StartSheetAsync();
        var inSheet = 1;
        long written = 0;
        var cells = new Cell[columns.Count];
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (inSheet == maxRowsPerSheet)
            {
                await StartSheetAsync();
                inSheet = 1;
            }
            for (var i = 0; i < cells.Length; i++) cells[i] = ToCell(i < row.Length ? row[i] : null, formats[i]);
            await s.AddRowAsync(cells, ct);
            inSheet++;
            if (++written % 10_000 == 0) progress?.Invoke(written);
        }
        await s.FinishAsync(ct);
        progress?.Invoke(written);
        return written;
    }

    static Cell ToCell(object? value, StyleId? style) => (value, style) switch
    {
        (null, _) => new Cell(),
        (string t, _) => new Cell(t),
        (int i, { } st) => new Cell(i, st),
        (int i, _) => new Cell(i),
        (long l, { } st) => new Cell(l, st),
        (long l, _) => new Cell(l),
        (double d, { } st) => new Cell(d, st),
        (double d, _) => new Cell(d),
        (decimal m, { } st) => new Cell(m, st),
        (decimal m, _) => new Cell(m),
        (DateTime t, { } st) => new Cell(t, st),
        (DateTime t, _) => new Cell(t),
        (bool b, _) => new Cell(b),
        _ => new Cell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
