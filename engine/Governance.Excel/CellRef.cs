namespace Governance.Excel;

/// <summary>A1-style cell references: column 0 is A, row 0 is 1.</summary>
public static class CellRef
{
    public static string Column(int index)
    {
        var s = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }

    public static string At(int column, int row) => Column(column) + (row + 1);

    public static string Range(int column, int row, int lastColumn, int lastRow) => $"{At(column, row)}:{At(lastColumn, lastRow)}";

    /// <summary>Excel's sheet-name rules: at most 31 characters, none of []:*?/\ and unique in the workbook.</summary>
    public static string SheetName(string wanted, ISet<string> taken)
    {
        var clean = new string(wanted.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim('\'');
        if (clean.Length == 0) clean = "Sheet";
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $"({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return name;
    }
}
