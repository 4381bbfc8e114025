using System.Data;
using System.Diagnostics;
using System.Text;
using ExcelDataReader;

namespace Governance.Reports.Tests;

/// <summary>Workbooks read by other readers: ExcelDataReader, and LibreOffice converting each sheet to CSV.</summary>
public static class ReadBack
{
    static ReadBack() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Each sheet's rows of cell values, by sheet name in workbook order (ExcelDataReader's own reader; its DataSet add-on is not served here).</summary>
    public static DataSet Excel(byte[] workbook)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(workbook));
        var set = new DataSet();
        do
        {
            var table = set.Tables.Add(reader.Name);
            while (reader.Read())
            {
                while (table.Columns.Count < reader.FieldCount) table.Columns.Add($"c{table.Columns.Count}", typeof(object));
                var row = table.NewRow();
                for (var i = 0; i < reader.FieldCount; i++) row[i] = reader.GetValue(i) ?? DBNull.Value;
                table.Rows.Add(row);
            }
        } while (reader.NextResult());
        return set;
    }

    /// <summary>Every merged range of each sheet, as A1 ranges.</summary>
    public static Dictionary<string, List<string>> Merges(byte[] workbook)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(workbook));
        var result = new Dictionary<string, List<string>>();
        do
        {
            while (reader.Read()) { }
            result[reader.Name] = (reader.MergeCells ?? []).Select(m => Governance.Excel.CellRef.Range(m.FromColumn, m.FromRow, m.ToColumn, m.ToRow)).ToList();
        } while (reader.NextResult());
        return result;
    }

    /// <summary>Converts with soffice --headless, one CSV per sheet; returns each sheet's rows.</summary>
    public static Dictionary<string, List<string[]>> LibreOffice(byte[] workbook, IReadOnlyList<string> sheetNames)
    {
        var dir = Directory.CreateTempSubdirectory("gov-lo-").FullName;
        try
        {
            var file = Path.Combine(dir, "book.xlsx");
            File.WriteAllBytes(file, workbook);
            // 44,34,76: comma, quote, UTF-8; the last token -1 writes every sheet as book-<sheet>.csv
            var start = new ProcessStartInfo("soffice", ["--headless", $"-env:UserInstallation=file://{dir}/profile",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, file])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(start)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var error = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); throw new TimeoutException("soffice did not finish"); }
            var result = new Dictionary<string, List<string[]>>();
            foreach (var sheet in sheetNames)
            {
                var csv = Path.Combine(dir, $"book-{sheet}.csv");
                Assert.True(File.Exists(csv), $"LibreOffice wrote no {csv}: {output.Result} {error.Result} files: {string.Join(", ", Directory.GetFiles(dir))}");
                result[sheet] = File.ReadAllLines(csv, Encoding.UTF8).Select(Csv).ToList();
            }
            return result;
        }
        finally { Directory.Delete(dir, true); }
    }

    static string[] Csv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
