using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Governance.Excel;
using SpreadCheetah;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Governance.Reports.Benchmarks;

/// <summary>
/// The same sheet from each writer: a text column (an event number) then numbers, as a case ledger or a large
/// report is. Rows are made as they are written, so no writer gets its data from memory the others do not have.
/// </summary>
public static class Writers
{
    public static readonly string[] Names = ["governance", "spreadcheetah", "openxml-sdk", "openxml-dom", "closedxml"];

    public static async Task WriteAsync(string writer, string path, int rows, int columns)
    {
        switch (writer)
        {
            case "governance": await Governance(path, rows, columns); break;
            case "spreadcheetah": await Cheetah(path, rows, columns); break;
            case "openxml-sdk": Sax(path, rows, columns); break;
            case "openxml-dom": Dom(path, rows, columns); break;
            case "closedxml": Closed(path, rows, columns); break;
            default: throw new ArgumentException(writer);
        }
    }

    static string Text(int row) => $"SJ2026{row:D8}";
    static double Number(int row, int column) => (row * 31 + column * 7) % 10_000 / 4.0;

    /// <summary>Our export path for long lists: LedgerWriter (header, number formats, a new sheet past Excel's row limit).</summary>
    static async Task Governance(string path, int rows, int columns)
    {
        var header = Enumerable.Range(0, columns).Select(c => new LedgerColumn(c == 0 ? "事件编号" : $"指标{c}", 12, c == 0 ? null : "#,##0.00")).ToList();
        async IAsyncEnumerable<object?[]> Rows()
        {
            for (var r = 0; r < rows; r++)
            {
                var row = new object?[columns];
                row[0] = Text(r);
                for (var c = 1; c < columns; c++) row[c] = Number(r, c);
                yield return row;
            }
            await Task.CompletedTask;
        }
        await using var file = File.Create(path);
        await LedgerWriter.WriteAsync(file, "台账", header, Rows());
    }

    static async Task Cheetah(string path, int rows, int columns)
    {
        await using var file = File.Create(path);
        await using var s = await Spreadsheet.CreateNewAsync(file, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Fastest });
        await s.StartWorksheetAsync("Sheet1");
        var cells = new DataCell[columns];
        for (var r = 0; r < rows; r++)
        {
            cells[0] = new DataCell(Text(r));
            for (var c = 1; c < columns; c++) cells[c] = new DataCell(Number(r, c));
            await s.AddRowAsync(cells);
        }
        await s.FinishAsync();
    }

    /// <summary>The SDK's streaming path: OpenXmlWriter (SAX-like) straight into the worksheet part.</summary>
    static void Sax(string path, int rows, int columns)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        doc.CompressionOption = System.IO.Packaging.CompressionOption.SuperFast;
        var workbook = doc.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var w = OpenXmlWriter.Create(sheet))
        {
            w.WriteStartElement(new Worksheet());
            w.WriteStartElement(new SheetData());
            for (var r = 0; r < rows; r++)
            {
                w.WriteStartElement(new Row());
                w.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Text(r))) });
                for (var c = 1; c < columns; c++) w.WriteElement(new Cell { CellValue = new CellValue(Number(r, c)) });
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
    }

    /// <summary>The SDK's object model: every cell an object in memory until the part is saved.</summary>
    static void Dom(string path, int rows, int columns)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows; r++)
        {
            var row = new Row();
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Text(r))) });
            for (var c = 1; c < columns; c++) row.Append(new Cell { CellValue = new CellValue(Number(r, c)) });
            data.Append(row);
        }
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
    }

    static void Closed(string path, int rows, int columns)
    {
        using var book = new XLWorkbook();
        var ws = book.AddWorksheet("Sheet1");
        for (var r = 0; r < rows; r++)
        {
            ws.Cell(r + 1, 1).Value = Text(r);
            for (var c = 1; c < columns; c++) ws.Cell(r + 1, c + 1).Value = Number(r, c);
        }
        book.SaveAs(path);
    }
}
