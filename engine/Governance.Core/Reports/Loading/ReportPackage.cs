using Governance.Core.Definitions.Loading;
using Governance.Core.Definitions.Model;
using Governance.Core.Definitions.Validation;
using Governance.Core.Messages;
using Governance.Core.Reports.Model;
using Governance.Core.Reports.Validation;

namespace Governance.Core.Reports.Loading;

/// <summary>
/// The reports/ folder of a package: reports/dictionary/*.json (one domain of data elements each) and
/// reports/tables/*.json (one report each). The loader hands in the files it opened; this reads and checks them.
/// </summary>
internal static class ReportPackage
{
    public const string DictionaryFolder = "reports/dictionary", TablesFolder = "reports/tables";

    public static ReportLibrary Read(IEnumerable<JsonSection?> dictionaryFiles, IEnumerable<JsonSection?> reportFiles, EffectivePackage? city,
        Forms.Model.FormLibrary forms, DefinitionErrors errors)
    {
        var domains = new List<DataDomain>();
        var elements = new List<DataElement>();
        var seen = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var file in dictionaryFiles.OfType<JsonSection>())
        {
            var (domain, read) = ElementReader.ReadFile(file);
            if (domain is not null)
            {
                if (domains.FirstOrDefault(d => d.Code == domain.Code) is { } other)
                    errors.Add(domain.Source.Field("domain"), "DEF-DUPLICATE", Text.Format("TERM-REPORT-DOMAIN"), domain.Code, other.Source);
                else domains.Add(domain);
            }
            foreach (var e in read)
                if (seen.TryAdd(e.Code, e.Source)) elements.Add(e);
                else errors.Add(e.Source.Field("code"), "DEF-DUPLICATE", Text.Format("TERM-REPORT-ELEMENT"), e.Code, seen[e.Code]);
        }
        var reports = new List<ReportDefinition>();
        foreach (var file in reportFiles.OfType<JsonSection>())
        {
            if (ReportReader.Read(file) is not { } report) continue;
            if (reports.FirstOrDefault(r => r.Id == report.Id) is { } other)
                errors.Add(report.Source.Field("id"), "DEF-DUPLICATE", Text.Format("TERM-REPORT"), report.Id, other.Source);
            else reports.Add(report);
        }
        var library = new ReportLibrary(domains.OrderBy(d => d.Order).ToList(), elements, reports);
        if (city is not null) ReportChecks.Check(library, city, forms, errors);
        return library;
    }
}
