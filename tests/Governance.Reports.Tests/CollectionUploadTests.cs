using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Collection;
using Governance.Excel;

namespace Governance.Reports.Tests;

/// <summary>Offline collection: download the sheet, fill it in a spreadsheet program, upload it; errors named by sheet and cell.</summary>
public class CollectionUploadTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    const string Community = "990102002001";
    static readonly ReportPeriod September = new(2026, 9);

    [Fact]
    public async Task An_uploaded_sheet_with_errors_is_refused_cell_by_cell_and_loses_nothing_accepted()
    {
        var service = new CollectionService(SeededDatabase.Set.Reports, SeededDatabase.Set.City!, db.Collections, db.Aggregates, TimeProvider.System);
        var staff = CollectionTests.User("tj-" + Community);
        var view = await service.SaveAsync(staff, Community, September, new JsonObject { ["RK001"] = 1200, ["RK015"] = 300 }, null, submit: false);

        var download = new MemoryStream();
        await CollectionWorkbook.WriteAsync(download, view, SeededDatabase.Set.Reports, null);
        var sheet = ReadBack.Excel(download.ToArray()).Tables[CollectionWorkbook.SheetName]!;
        int RowOf(string code) => Enumerable.Range(0, sheet.Rows.Count).First(r => sheet.Rows[r][1] as string == code);
        Assert.Equal(1200d, sheet.Rows[RowOf("RK001")][3]);
        Assert.Equal("一表通采集表　" + view.UnitName + "　2026-09", sheet.Rows[0][0]);

        // Filled in by hand: two good values, a word where a number goes, a negative count, a fraction of a person.
        var filled = Fill(download.ToArray(), new()
        {
            [RowOf("RK002")] = "3100", [RowOf("RK004")] = "1520", [RowOf("RK001")] = "一千二", [RowOf("RK015")] = "-4", [RowOf("RK011")] = "2.5",
        });
        var upload = CollectionUpload.Read(new MemoryStream(filled), Community, September.ToString());
        Assert.Empty(upload.Errors);
        var result = await service.ImportAsync(staff, Community, September, upload.Values);
        var messages = result.Refused.Select(e => $"{upload.Where(e.Path)}: {e.Message}").ToList();
        Assert.Contains($"采集表!D{RowOf("RK001") + 1}: “RK001 户籍户数”应为数字", messages);
        Assert.Contains($"采集表!D{RowOf("RK015") + 1}: “RK015 流动人口数”不能小于 0", messages);
        Assert.Contains($"采集表!D{RowOf("RK011") + 1}: “RK011 本月出生人口”应为整数", messages);
        Assert.Equal(3, result.Refused.Count);

        var after = await service.OpenAsync(staff, Community, September);
        Assert.Equal(3100m, CollectionForm.Number(after.Data["RK002"]));
        Assert.Equal(1520m, CollectionForm.Number(after.Data["RK004"]));
        Assert.Equal(1200m, CollectionForm.Number(after.Data["RK001"])); // the refused cell keeps what was saved
        Assert.Equal(300m, CollectionForm.Number(after.Data["RK015"]));
        Assert.Equal("import", after.Journal[^1].Action);
    }

    [Fact]
    public async Task Another_units_sheet_is_refused_naming_the_cell()
    {
        var book = new MemoryStream();
        var view = new CollectionView("990102001001", "某社区", "2026-09", 1, CollectionState.Draft, false, null, null, null, 0, [], [], [], [], 0, 0);
        await CollectionWorkbook.WriteAsync(book, view, SeededDatabase.Set.Reports, null);
        var upload = CollectionUpload.Read(new MemoryStream(book.ToArray()), Community, "2026-10");
        Assert.Equal(2, upload.Errors.Count);
        Assert.StartsWith("采集表!B2: ", upload.Errors[0]);
        Assert.StartsWith("采集表!B3: ", upload.Errors[1]);
        Assert.Equal("文件不是有效的 Excel 工作簿（.xlsx）", CollectionUpload.Read(new MemoryStream("not a workbook"u8.ToArray()), Community, "2026-10").Errors.Single());
    }

    /// <summary>Types into column D of the given rows (0-based) with the OpenXML SDK, as a spreadsheet program would save it.</summary>
    static byte[] Fill(byte[] workbook, Dictionary<int, string> values)
    {
        var stream = new MemoryStream();
        stream.Write(workbook);
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var part = doc.WorkbookPart!.WorksheetParts.First();
            var rows = part.Worksheet.Descendants<Row>().ToList();
            foreach (var (index, text) in values)
            {
                var cell = rows[index].Elements<Cell>().ElementAt(CollectionWorkbook.ValueColumn);
                cell.RemoveAllChildren();
                if (double.TryParse(text, out _)) { cell.DataType = null; cell.CellValue = new CellValue(text); }
                else { cell.DataType = CellValues.InlineString; cell.InlineString = new InlineString(new Text(text)); }
            }
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }
}
