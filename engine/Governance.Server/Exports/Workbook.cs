using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Governance.Server.Exports;

/// <summary>
/// A small streaming xlsx writer over SpreadCheetah: sheets with a bold, frozen header row and column widths, and cells
/// for text, counts, numbers and rates (shown as percentages, kept as fractions so a reader can compute with them).
/// </summary>
public sealed class Workbook : IAsyncDisposable
{
    readonly Spreadsheet sheet;
    readonly StyleId header, percent, number, title;

    Workbook(Spreadsheet sheet)
    {
        this.sheet = sheet;
        header = sheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xDD, 0xE7, 0xF5) } });
        title = sheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });
        percent = sheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0%") });
        number = sheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0") });
    }

    public static async Task<Workbook> CreateAsync(Stream stream, CancellationToken ct) => new(await Spreadsheet.CreateNewAsync(stream, cancellationToken: ct));

    /// <summary>Starts a sheet; its first row is <paramref name="columns"/> (bold, frozen), each with a width in characters.</summary>
    public async Task SheetAsync(string name, IReadOnlyList<(string Name, double Width)> columns, CancellationToken ct, string? caption = null)
    {
        var options = new WorksheetOptions { FrozenRows = caption is null ? 1 : 2 };
        for (var i = 0; i < columns.Count; i++) options.Column(i + 1).Width = columns[i].Width;
        await sheet.StartWorksheetAsync(name, options, ct);
        if (caption is not null) await sheet.AddRowAsync([new Cell(caption, title)], ct);
        await sheet.AddRowAsync(columns.Select(c => new Cell(c.Name, header)).ToArray(), ct);
    }

    public ValueTask RowAsync(IReadOnlyList<Cell> cells, CancellationToken ct) => sheet.AddRowAsync(cells.ToArray(), ct);

    public static Cell Text(string? s) => new(s ?? "");
    public static Cell Count(long n) => new(n);
    public Cell Rate(double? r) => r is { } v ? new Cell(v, percent) : new Cell("");
    public Cell Number(double? n) => n is { } v ? new Cell(Math.Round(v, 2), number) : new Cell("");
    public static Cell Time(DateTimeOffset? t, TimeZoneInfo zone) =>
        new(t is { } v ? TimeZoneInfo.ConvertTime(v, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "");

    public async ValueTask DisposeAsync()
    {
        await sheet.FinishAsync();
        await sheet.DisposeAsync();
    }

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
