using Governance.Cli;

namespace Governance.Cli.Tests;

/// <summary>`governance classify` as an administrator uses it: a text, a file of texts, a labelled file, and wrong arguments.</summary>
public class ClassifyTests
{
    static readonly string Definitions = Path.Combine(Governance.TestSupport.RepoFiles.Root, "definitions");
    static readonly string Data = Path.Combine(Governance.TestSupport.RepoFiles.Root, "tests", "Governance.Intake.Tests", "Data");

    static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run([.. args, "--definitions", Definitions], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_text_gets_code_name_and_score_lines_best_first()
    {
        var (code, output, _) = Run("classify", "--text", "小区门口有人摆摊卖水果，占了人行道");
        Assert.Equal(0, code);
        var lines = output.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        var first = lines[0].Split('\t');
        Assert.Equal(["09006", "占道经营"], first[..2]);
        Assert.InRange(double.Parse(first[2], System.Globalization.CultureInfo.InvariantCulture), 0.5, 1);
    }

    [Fact]
    public void A_countys_own_item_answers_only_with_that_county()
    {
        Assert.StartsWith("11901\t秸秆露天焚烧", Run("classify", "--text", "田里烧秸秆，浓烟滚滚", "--county", "990121").Out);
        Assert.DoesNotContain("11901", Run("classify", "--text", "田里烧秸秆，浓烟滚滚", "--limit", "10").Out);
    }

    [Fact]
    public void A_file_gets_one_line_of_codes_per_line_and_an_empty_line_for_an_empty_one()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["井盖丢了", "", "楼下饭店油烟太大"]);
            var (code, output, _) = Run("classify", "--file", file);
            Assert.Equal(0, code);
            var lines = output.Split('\n');
            Assert.Equal(3, lines[0].Trim().Split(' ').Length);
            Assert.StartsWith("01023 ", lines[0]);
            Assert.Equal("", lines[1].Trim());
            Assert.StartsWith("06027 ", lines[2]);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Evaluate_prints_top_1_and_top_3_beside_the_catalog_name_search()
    {
        var (code, output, _) = Run("classify", "--evaluate", Path.Combine(Data, "dev.jsonl"));
        Assert.Equal(0, code);
        var lines = output.Trim().Split('\n');
        Assert.Matches(@"^事项识别模型：top-1 0\.\d{3}  top-3 0\.\d{3}  （\d+ 条）$", lines[0].Trim());
        Assert.StartsWith("目录名称搜索（对照）：top-1 ", lines[1]);
        double Top3(string line) => double.Parse(line.Split("top-3 ")[1][..5], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Top3(lines[0]) > Top3(lines[1]) + 0.5);
    }

    [Theory]
    [InlineData("需要 --text、--file、--evaluate 其中之一", "classify")]
    [InlineData("需要 --text、--file、--evaluate 其中之一", "classify", "--text", "井盖", "--file", "x.txt")]
    [InlineData("--limit “0” 不是 1 到 10 之间的整数", "classify", "--text", "井盖", "--limit", "0")]
    [InlineData("未知选项 --foo", "classify", "--text", "井盖", "--foo", "1")]
    public void Wrong_arguments_print_the_usage_in_Chinese_and_exit_2(string message, params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Contains("用法：", error);
        Assert.Contains("governance classify --evaluate <标注.jsonl>", error);
    }

    [Fact]
    public void A_missing_file_or_a_bad_line_is_a_failure_that_says_where()
    {
        var (code, _, error) = Run("classify", "--file", "/no/such/texts.txt");
        Assert.Equal((1, true), (code, error.Contains("/no/such/texts.txt")));
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["{\"text\": \"井盖丢了\", \"items\": [\"01023\"]}", "not json"]);
            (code, _, error) = Run("classify", "--evaluate", file);
            Assert.Equal(1, code);
            Assert.Contains("第 2 行", error);
        }
        finally { File.Delete(file); }
    }
}
