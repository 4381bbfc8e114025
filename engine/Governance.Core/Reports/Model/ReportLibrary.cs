namespace Governance.Core.Reports.Model;

/// <summary>The reports/ part of a definition package: the data dictionary and the report definitions.</summary>
public sealed class ReportLibrary(IReadOnlyList<DataDomain> domains, IReadOnlyList<DataElement> elements, IReadOnlyList<ReportDefinition> reports)
{
    readonly Dictionary<string, DataElement> byCode = elements.GroupBy(e => e.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    readonly Dictionary<string, ReportDefinition> byId = reports.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static ReportLibrary Empty { get; } = new([], [], []);

    public IReadOnlyList<DataDomain> Domains => domains;
    public IReadOnlyList<DataElement> Elements => elements;
    public IReadOnlyList<ReportDefinition> Reports => reports;

    public DataElement? Element(string code) => byCode.GetValueOrDefault(code);
    public ReportDefinition? Report(string id) => byId.GetValueOrDefault(id);

    /// <summary>The reports that read an element.</summary>
    public IEnumerable<ReportDefinition> ReportsUsing(string element) => reports.Where(r => r.Elements.Contains(element, StringComparer.Ordinal));
}
