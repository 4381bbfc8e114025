using Governance.Core.Cases.Disclosure;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Packages;

namespace Governance.Server.Open311;

/// <summary>Our catalog, forms and cases in the specification's words: an item is a service, a case a service request.</summary>
public static class Open311Views
{
    /// <summary>Intake form fields an Open311 request fills from its own parameters, or that it cannot carry; the rest are attributes.</summary>
    static readonly HashSet<string> Mapped = ["channel", "item", "description", "place", "reporterName", "reporterPhone", "caseNo"];

    public static Open311Record Service(EffectivePackage package, CatalogItem item, DefinitionSet set, CaseService cases) => new Open311Record()
        .Add("service_code", item.Code).Add("service_name", item.Name)
        .Add("description", item.Group)
        .Add("metadata", Attributes(package, item, set, cases).Count > 0).Add("type", "realtime")
        .Add("keywords", string.Join(",", item.Keywords.Concat(item.Synonyms)))
        .Add("group", package.Categories.FirstOrDefault(c => c.Code == item.Category)?.Name);

    /// <summary>The intake form's fields the client may send as <c>attribute[code]</c>.</summary>
    public static IReadOnlyList<FormField> Attributes(EffectivePackage package, CatalogItem item, DefinitionSet set, CaseService cases) =>
        set.Forms.Latest(cases.IntakeFormOf(package, item)) is { } form
            ? form.Fields.Where(f => !Mapped.Contains(f.Key) && DataType(f) is not null).ToList()
            : [];

    public static string? DataType(FormField f) => f.Type switch
    {
        FieldType.Text => "string",
        FieldType.Textarea => "text",
        FieldType.Number or FieldType.Money => "number",
        FieldType.Date or FieldType.Datetime => "datetime",
        FieldType.Select or FieldType.Radio => "singlevaluelist",
        FieldType.Checkbox => "multivaluelist",
        _ => null,
    };

    public static Open311Record Definition(EffectivePackage package, CatalogItem item, DefinitionSet set, CaseService cases)
    {
        var attributes = Attributes(package, item, set, cases).Select((f, i) =>
        {
            var values = Options(package, f);
            return (object?)new Open311Record()
                .Add("variable", true).Add("code", f.Key).Add("datatype", DataType(f)!)
                .Add("required", f.Required is { IsDynamic: false, Value: true })
                .Add("datatype_description", f.Help ?? f.Placeholder).Add("order", i + 1).Add("description", f.Label)
                .Add("values", new Open311List("value", values.Select(o => (object?)new Open311Record().Add("key", o.Value).Add("name", o.Label)).ToList()));
        }).ToList();
        return new Open311Record().Add("service_code", item.Code).Add("attributes", new Open311List("attribute", attributes));
    }

    /// <summary>A choice field's options: its own, or the dictionary it names (urgencies, channels).</summary>
    static IReadOnlyList<FieldOption> Options(EffectivePackage package, FormField f) =>
        f.Options ?? f.OptionSource switch
        {
            "urgencies" => package.Urgencies.Select(u => new FieldOption(u.Code, u.Name)).ToList(),
            "channels" => package.Channels.Select(u => new FieldOption(u.Code, u.Name)).ToList(),
            _ => [],
        };

    /// <summary>Finished or closed (结案, 归档, 不予立案, 合并) is closed; anything still in the loop is open.</summary>
    public static bool IsClosed(CaseStatus s) => s is CaseStatus.Closed or CaseStatus.Archived or CaseStatus.Rejected or CaseStatus.Merged;

    /// <summary>A case as a service request, through the client's disclosure: no reporter, personal values masked in the text.</summary>
    public static Open311Record Request(Case c, DefinitionSet set, CaseDisclosure disclosure, DateTimeOffset? updated, Func<DateTimeOffset, DateTimeOffset> local)
    {
        var package = set.For(c.Place.GridCode);
        return new Open311Record()
            .Add("service_request_id", c.Number).Add("status", IsClosed(c.Status) ? "closed" : "open").Add("status_notes", Statuses.Name(c.Status))
            .Add("service_name", package.FindItem(c.ItemCode)?.Name).Add("service_code", c.ItemCode)
            .Add("description", disclosure.Text(c.Description)).Add("agency_responsible", c.Assignee?.Name).Add("service_notice", null)
            .Add("requested_datetime", local(c.ReportedAt)).Add("updated_datetime", updated is { } u ? local(u) : null)
            .Add("expected_datetime", c.Deadline is { } d ? local(d) : null)
            .Add("address", disclosure.Text(c.Place.Address)).Add("address_id", c.Place.GridCode).Add("zipcode", null)
            .Add("lat", c.Place.Latitude).Add("long", c.Place.Longitude).Add("media_url", null);
    }
}
