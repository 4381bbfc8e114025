using System.Globalization;
using System.IO.Compression;
using Governance.Core.Reports.Building;
using Governance.Excel;

namespace Governance.Reports.Tests;

/// <summary>Exported workbooks read back by ExcelDataReader and LibreOffice with the right values, merges and sheet names.</summary>
public class ExcelExportTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    async Task<List<ReportTable>> BuildAsync(string unit, params string[] ids)
    {
        var tables = new List<ReportTable>();
        var reports = ids.Length == 0 ? SeededDatabase.Set.Reports.Reports : ids.Select(id => SeededDatabase.Set.Reports.Report(id)!).ToList();
        foreach (var r in reports) tables.Add(await db.Builder().BuildAsync(r, SeededDatabase.Set.City!.Org.Find(unit)!, SeededDatabase.November));
        return tables;
    }

    static async Task<byte[]> WriteAsync(IEnumerable<ReportTable> tables)
    {
        var output = new MemoryStream();
        await ReportWorkbook.WriteAsync(output, tables);
        return output.ToArray();
    }

    [Fact]
    public async Task A_report_reads_back_with_its_values_merged_headers_and_sheet_name()
    {
        var tables = await BuildAsync("990102", "dispute-monthly", "event-disposal");
        var book = await WriteAsync(tables);
        var data = ReadBack.Excel(book);
        Assert.Equal(["矛盾纠纷排查化解月报", "事件处置情况统计表"], data.Tables.Cast<System.Data.DataTable>().Select(t => t.TableName));
        foreach (var t in tables)
        {
            var sheet = data.Tables[t.Title]!;
            Assert.Equal(t.Title, sheet.Rows[0][0]);
            var first = 2 + t.HeaderRows;
            for (var r = 0; r < t.Rows.Count; r++)
            {
                Assert.Equal(t.Rows[r].Label, ((string)sheet.Rows[first + r][0]).TrimStart('\u3000'));
                for (var c = 0; c < t.Columns.Count; c++)
                {
                    var cell = sheet.Rows[first + r][c + 1];
                    var expected = t.Rows[r].Values[c];
                    if (expected is null) Assert.True(cell is DBNull || cell is "" || cell is 0d, $"{t.Title} r{r} c{c}: {cell}");
                    else Assert.Equal((double)expected.Value, Convert.ToDouble(cell, CultureInfo.InvariantCulture), 6);
                }
            }
        }
        var merges = ReadBack.Merges(book)["矛盾纠纷排查化解月报"];
        var disputes = tables[0];
        var width = disputes.Columns.Count + 1;
        Assert.Contains(CellRef.Range(0, 0, width - 1, 0), merges); // title across the table
        Assert.Contains("A3:A5", merges); // the row label spans the three header rows
        Assert.Contains("B3:D3", merges); // 排查情况 over its three columns
        Assert.Contains("F4:J4", merges); // 其中 over five dispute types, on the second header row
        Assert.Contains("B4:B5", merges); // a leaf on the second header row reaches down to the last
    }

    [Fact]
    public async Task LibreOffice_reads_every_sheet_of_a_streets_whole_set_with_the_same_figures()
    {
        var tables = await BuildAsync("990102001");
        Assert.True(tables.Count >= 20);
        var book = await WriteAsync(tables);
        var names = ReadBack.Excel(book).Tables.Cast<System.Data.DataTable>().Select(t => t.TableName).ToList();
        Assert.Equal(tables.Select(t => t.Title.Length > 31 ? t.Title[..31] : t.Title), names);
        var csv = ReadBack.LibreOffice(book, names.Take(3).Append(names[^1]).ToList());
        foreach (var (name, rows) in csv)
        {
            var t = tables.First(x => x.Title == name);
            Assert.Equal(t.Title, rows[0][0]);
            Assert.Equal(t.Header.Single(h => h.Row == 0 && h.Column == 1).Text, rows[2][1]);
            var total = rows[2 + t.HeaderRows];
            Assert.Equal(t.Rows[0].Label, total[0]); // 合计, or the street itself in a report by street
            for (var c = 0; c < t.Columns.Count; c++)
                if (t.Rows[0].Values[c] is { } v && t.Columns[c].Format == Core.Reports.Model.NumberFormat.Integer)
                    Assert.Equal(v.ToString("#,##0", CultureInfo.InvariantCulture), total[c + 1]);
        }
    }

    [Fact]
    public async Task A_list_past_excels_row_limit_continues_on_a_new_sheet()
    {
        var output = new MemoryStream();
        static async IAsyncEnumerable<object?[]> Rows(int n) { for (var i = 0; i < n; i++) yield return [i, "事件"]; await Task.CompletedTask; }
        var written = await LedgerWriter.WriteAsync(output, "事件台账", [new("序号", 10), new("名称", 20)], Rows(LedgerWriter.ExcelMaxRows + 5));
        Assert.Equal(LedgerWriter.ExcelMaxRows + 5, written);
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
        Assert.Contains("name=\"事件台账\"", workbook);
        Assert.Contains("name=\"事件台账(2)\"", workbook);
        // The second sheet: its header and the 6 rows that did not fit (1,048,575 data rows fill the first under its header).
        var second = ReadBack.Excel(ToSecondSheetOnly(output.ToArray()));
        Assert.Equal(7, second.Tables[0].Rows.Count);
        Assert.Equal("序号", second.Tables[0].Rows[0][0]);
        Assert.Equal((double)LedgerWriter.ExcelMaxRows - 1, second.Tables[0].Rows[1][0]);
    }

    /// <summary>The workbook with its first (million-row) sheet emptied, so the second reads quickly.</summary>
    static byte[] ToSecondSheetOnly(byte[] book)
    {
        var copy = new MemoryStream();
        copy.Write(book);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            w.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>");
        }
        var reader = new ZipArchive(new MemoryStream(copy.ToArray()));
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in reader.Entries)
            {
                using var from = e.Open();
                using var to = zip.CreateEntry(e.FullName).Open();
                from.CopyTo(to);
            }
        // ExcelDataReader reads sheets in workbook order; keep only the second by dropping the first from workbook.xml.
        return RemoveFirstSheet(output.ToArray());
    }

    static byte[] RemoveFirstSheet(byte[] book)
    {
        var copy = new MemoryStream();
        copy.Write(book);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/workbook.xml")!;
            string xml;
            using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
            var start = xml.IndexOf("<sheet ", StringComparison.Ordinal);
            var end = xml.IndexOf("/>", start, StringComparison.Ordinal) + 2;
            xml = xml.Remove(start, end - start);
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            w.Write(xml);
        }
        return copy.ToArray();
    }
}
