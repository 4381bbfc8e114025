using System.Text;
using System.Text.Json.Nodes;
using ExcelDataReader;
using Governance.Core.Messages;

namespace Governance.Excel;

/// <summary>
/// Reads a filled collection sheet back: for each element row, its code and the value in the value column, with
/// the cell it came from so every problem can be named as <c>采集表!D12: …</c>. A workbook that is not this
/// unit's sheet for this period is refused as a whole, naming the cell that says so.
/// </summary>
public sealed class CollectionUpload
{
    static CollectionUpload() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public Dictionary<string, JsonNode?> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);
    public List<string> Errors { get; } = [];

    public string Where(string code) => $"{CollectionWorkbook.SheetName}!{Cells.GetValueOrDefault(code, "?")}";

    public static CollectionUpload Read(Stream input, string unitCode, string period)
    {
        var upload = new CollectionUpload();
        var sheet = CollectionWorkbook.SheetName;
        try
        {
            using var reader = ExcelReaderFactory.CreateReader(input);
            do
            {
                if (reader.Name != sheet) continue;
                var row = 0;
                while (reader.Read())
                {
                    string? Text(int column) => column < reader.FieldCount ? Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)?.Trim() : null;
                    if (row == 1 && Text(1) != unitCode) upload.Errors.Add($"{sheet}!B2: {Messages("COLLECT-UPLOAD-UNIT", unitCode, Text(1))}");
                    if (row == 2 && Text(1) != period) upload.Errors.Add($"{sheet}!B3: {Messages("COLLECT-UPLOAD-PERIOD", period, Text(1))}");
                    if (row >= CollectionWorkbook.FirstElementRow && Text(CollectionWorkbook.CodeColumn) is { Length: > 0 } code)
                    {
                        upload.Values[code] = CollectionWorkbook.Node(reader.GetValue(CollectionWorkbook.ValueColumn));
                        upload.Cells[code] = CellRef.At(CollectionWorkbook.ValueColumn, row);
                    }
                    row++;
                }
                return upload;
            } while (reader.NextResult());
            upload.Errors.Add(Messages("COLLECT-UPLOAD-NO-SHEET", sheet));
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException)
        {
            upload.Errors.Add(Messages("COLLECT-UPLOAD-NOT-XLSX"));
        }
        return upload;
    }

    static string Messages(string code, params object?[] args) => Text.Format(code, args);
}
