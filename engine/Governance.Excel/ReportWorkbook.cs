using Governance.Core.Reports.Building;
using SpreadCheetah;

namespace Governance.Excel;

/// <summary>
/// Reports as one workbook, a sheet each (a street's whole set in one file), written as a stream: nothing but
/// the current row is held in memory, whatever the number of reports.
/// </summary>
public static class ReportWorkbook
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ReportTable> tables, Action<int>? progress = null, CancellationToken ct = default)
    {
        await using var s = await Spreadsheet.CreateNewAsync(output, Options, ct);
        var styles = new ReportStyles(s);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var done = 0;
        await foreach (var t in tables.WithCancellation(ct))
        {
            await ReportSheetWriter.WriteAsync(s, styles, t, CellRef.SheetName(t.Title, names), ct);
            done++;
            progress?.Invoke(done);
        }
        if (done == 0) await s.StartWorksheetAsync("Sheet1", token: ct);
        await s.FinishAsync(ct);
    }

    public static Task WriteAsync(Stream output, IEnumerable<ReportTable> tables, CancellationToken ct = default) =>
        WriteAsync(output, tables.ToAsyncEnumerable(), null, ct);

    internal static SpreadCheetahOptions Options => new() { CompressionLevel = SpreadCheetahCompressionLevel.Fastest, BufferSize = 65536 };
}
