using Governance.Core.Command.Assessment;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Server.Exports;

/// <summary>An assessment as a workbook: the ranking with every indicator's value and points, and the scheme that scored it.</summary>
public static class AssessmentWorkbook
{
    public static async Task WriteAsync(Stream stream, AssessmentResult result, CancellationToken ct)
    {
        await using var book = await Workbook.CreateAsync(stream, ct);
        var columns = new List<(string, double)>
        {
            (Text.Format("XLSX-RANK"), 8), (Text.Format("XLSX-SUBJECT"), 28), (Text.Format("XLSX-CODE"), 20), (Text.Format("XLSX-SCORE"), 10),
            (Text.Format("XLSX-PREVIOUS-RANK"), 12), (Text.Format("XLSX-RANK-CHANGE"), 12),
        };
        foreach (var i in result.Indicators)
        {
            columns.Add((i.Name, 16));
            columns.Add((Text.Format("XLSX-POINTS", i.Name), 14));
        }
        await book.SheetAsync(Text.Format("XLSX-SHEET-RANKING"), columns, ct, Text.Format("XLSX-ASSESSMENT-CAPTION", result.SchemeName, result.Period));
        foreach (var row in result.Rows)
        {
            var cells = new List<SpreadCheetah.Cell>
            {
                row.Rank is { } rank ? Workbook.Count(rank) : Workbook.Text(Text.Format("XLSX-UNRANKED")), Workbook.Text(row.Name), Workbook.Text(row.Code), book.Number(row.Score),
                row.PreviousRank is { } p ? Workbook.Count(p) : Workbook.Text(""), row.RankChange is { } c ? Workbook.Count(c) : Workbook.Text(""),
            };
            foreach (var (info, score) in result.Indicators.Zip(row.Indicators))
            {
                cells.Add(info.Format == IndicatorFormat.Percent ? book.Rate(score.Value) : book.Number(score.Value));
                cells.Add(book.Number(score.Points));
            }
            await book.RowAsync(cells, ct);
        }

        await book.SheetAsync(Text.Format("XLSX-SHEET-SCHEME"), [(Text.Format("XLSX-INDICATOR"), 22), (Text.Format("XLSX-FORMULA"), 34),
            (Text.Format("XLSX-MEASURES"), 40), (Text.Format("XLSX-WEIGHT"), 8), (Text.Format("XLSX-BEST"), 10), (Text.Format("XLSX-WORST"), 10)], ct);
        foreach (var i in result.Indicators)
            await book.RowAsync([Workbook.Text(i.Name), Workbook.Text(i.Formula), Workbook.Text(string.Join("；", i.Measures.Select(m => $"{m.Name}={m.Label}"))),
                book.Number(i.Weight), book.Number(i.Best), book.Number(i.Worst)], ct);
        await book.RowAsync([Workbook.Text(Text.Format("XLSX-WEIGHTS-NOTE", result.Weights.Satisfied, result.Weights.Basic, result.Weights.Unsatisfied))], ct);
    }
}
