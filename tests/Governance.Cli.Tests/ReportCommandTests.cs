using Governance.Cli;

namespace Governance.Cli.Tests;

/// <summary>`governance report`: the list of reports, an export to a workbook, and wrong arguments told in Chinese.</summary>
public class ReportCommandTests
{
    static readonly string Definitions = Path.Combine(Path.GetDirectoryName(typeof(ReportCommandTests).Assembly.Location)!, "..", "..", "..", "..", "..", "definitions");

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (CommandLine.Run(args, output, error), output.ToString(), error.ToString());
    }

    [Fact]
    public void Report_list_prints_id_tab_name_lines_and_a_count()
    {
        var (code, output, _) = Run("report", "list", "--definitions", Definitions);
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("dispute-monthly\t矛盾纠纷排查化解月报", lines);
        Assert.Matches(@"^\d{2} reports, \d{3} data elements$", lines[^1]);
        Assert.Equal(int.Parse(lines[^1].Split(' ')[0]), lines.Count - 1);
    }

    [Fact]
    public void Report_export_writes_a_workbook_from_the_database()
    {
        var dir = Directory.CreateTempSubdirectory("gov-cli-report-").FullName;
        try
        {
            var file = Path.Combine(dir, "out", "街道.xlsx");
            var (code, output, error) = Run("report", "export", "--report", "all", "--period", "2026-11", "--unit", "990102001",
                "--storage", "sqlite:" + Path.Combine(dir, "g.db"), "--out", file, "--definitions", Definitions);
            Assert.True(code == 0, error);
            Assert.Contains("张报表", output);
            var bytes = File.ReadAllBytes(file);
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report", "print")]
    [InlineData("report", "export", "--report", "dispute-monthly", "--period", "11/2026", "--unit", "990102", "--out", "a.xlsx")]
    [InlineData("report", "export", "--report", "dispute-monthly", "--period", "2026-11", "--unit", "990102", "--out", "a.csv")]
    [InlineData("report", "export", "--period", "2026-11")]
    public void Wrong_arguments_print_the_usage_in_chinese_and_exit_2(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("用法：", error);
        Assert.Contains("report export --report", error);
    }
}
