using SpreadCheetah.Styling;

namespace Governance.Excel;

/// <summary>Style parts every workbook we write shares.</summary>
internal static class ExcelStyles
{
    /// <summary>A thin border on all four edges: the grid a printed Chinese report table has.</summary>
    public static Border Thin => new()
    {
        Left = new EdgeBorder { BorderStyle = BorderStyle.Thin }, Right = new EdgeBorder { BorderStyle = BorderStyle.Thin },
        Top = new EdgeBorder { BorderStyle = BorderStyle.Thin }, Bottom = new EdgeBorder { BorderStyle = BorderStyle.Thin },
    };
}
