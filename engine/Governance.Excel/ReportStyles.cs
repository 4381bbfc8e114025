using Governance.Core.Reports.Building;
using SpreadCheetah;
using SpreadCheetah.Styling;
using Color = System.Drawing.Color;
using ReportNumberFormat = Governance.Core.Reports.Model.NumberFormat;

namespace Governance.Excel;

/// <summary>The styles a report sheet uses, registered once per workbook: title, header, body by row kind and number format.</summary>
internal sealed class ReportStyles
{
    public StyleId Title { get; }
    public StyleId Caption { get; }
    public StyleId Header { get; }
    public StyleId Note { get; }
    readonly Dictionary<(RowKind, ReportNumberFormat?), StyleId> body = [];

    public ReportStyles(Spreadsheet s)
    {
        var border = ExcelStyles.Thin;
        Title = s.AddStyle(new Style { Font = { Bold = true, Size = 16 }, Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center } });
        Caption = s.AddStyle(new Style { Font = { Size = 10 }, Alignment = { Vertical = VerticalAlignment.Center } });
        Note = s.AddStyle(new Style { Font = { Size = 9, Color = Color.FromArgb(0x59, 0x59, 0x59) }, Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });
        Header = s.AddStyle(new Style
        {
            Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xDD, 0xEB, 0xF7) }, Border = border,
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
        });
        foreach (var kind in Enum.GetValues<RowKind>())
            foreach (var format in Enum.GetValues<ReportNumberFormat>().Cast<ReportNumberFormat?>().Append(null))
            {
                var style = new Style
                {
                    Border = border,
                    Font = { Bold = kind != RowKind.Detail },
                    Alignment = { Horizontal = format is null ? HorizontalAlignment.Left : HorizontalAlignment.Right, Vertical = VerticalAlignment.Center },
                };
                if (kind == RowKind.Total) style.Fill.Color = Color.FromArgb(0xFF, 0xF2, 0xCC);
                else if (kind == RowKind.Subtotal) style.Fill.Color = Color.FromArgb(0xF2, 0xF2, 0xF2);
                if (format is { } f) style.Format = NumberFormat.Custom(f switch
                {
                    ReportNumberFormat.Percent => "0.0%",
                    ReportNumberFormat.Decimal => "#,##0.00",
                    _ => "#,##0",
                });
                body[(kind, format)] = s.AddStyle(style);
            }
    }

    public StyleId Body(RowKind kind, ReportNumberFormat? format) => body[(kind, format)];
}
