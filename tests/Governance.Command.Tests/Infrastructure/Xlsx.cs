using ExcelDataReader;

namespace Governance.Command.Tests.Infrastructure;

/// <summary>A workbook read back with ExcelDataReader (not the library that wrote it): sheet name to rows of cell values.</summary>
public static class Xlsx
{
    public static Dictionary<string, List<object?[]>> Read(byte[] bytes)
    {
        // ExcelDataReader asks for the Windows code pages even for xlsx; .NET has them, registered on request.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(bytes);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++) row[i] = reader.GetValue(i);
                rows.Add(row);
            }
            sheets[reader.Name] = rows;
        } while (reader.NextResult());
        return sheets;
    }
}
