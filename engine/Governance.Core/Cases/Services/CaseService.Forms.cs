using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Runtime;
using Governance.Core.Forms.Sources;
using Governance.Core.Packages;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    public const string GenericIntakeForm = "intake-generic";

    /// <summary>The intake form of an item: its own, its category's, else the generic one.</summary>
    public string IntakeFormOf(EffectivePackage package, CatalogItem item) => IntakeForms.FormId(package, item) ?? GenericIntakeForm;

    /// <summary>
    /// Checks form data for a step on the server, whatever the browser showed: hidden and read-only fields as the
    /// form says, calculations recomputed, serial numbers drawn. Returns what to save, or refuses with 400 and an
    /// error per field path.
    /// </summary>
    JsonObject CheckForm(DefinitionSet definitions, string formId, int? version, string step, JsonNode? submitted, Case c, EffectivePackage package, Actor actor,
        IReadOnlyList<Attachment>? files)
    {
        var forms = projector.FormsOf(definitions);
        var compiled = (version is { } v ? forms.Get(formId, v) : forms.Latest(formId))
            ?? throw new CaseException("CASE-FORM-UNKNOWN", 400, formId) { Field = "form" };
        var saved = FormData(c)[formId] as JsonObject;
        var result = compiled.Validate(new FormSubmission(step, submitted ?? new JsonObject(), saved?["data"] as JsonObject, CaseData(c, package, actor)), new FormEnvironment
        {
            Sources = DefinitionFormSources.For(package), Counter = new StoreCounter(store), Clock = clock,
            TimeZone = projector.CalendarFor(package).Zone,
        });
        if (!result.IsValid)
            throw new CaseException("CASE-FORM-INVALID", 400, result.Errors.Count)
            {
                Field = result.Errors[0].Path, Errors = result.Errors.Select(e => (e.Path, e.Code, e.Message)).ToList(),
            };
        return new JsonObject { ["version"] = compiled.Definition.Version, ["data"] = WithCaseFiles(compiled.Definition, result.Data, c, files) };
    }

    /// <summary>
    /// The form data a viewer may see: the center sees everything; anyone else sees each form as its step
    /// permissions show it at the viewer's open step (or at any other step), so a field hidden there — the
    /// reporter's phone, say — never leaves the server, and what is left through the disclosure policy
    /// (personal fields masked).
    /// </summary>
    public JsonObject FormView(Case c, Actor viewer, IReadOnlyList<CaseTask> tasks)
    {
        var all = FormData(c);
        var disclosure = this.disclosure.For(viewer, c);
        if (disclosure.Unmasked) return all;
        var forms = projector.FormsOf(packages.Current);
        var step = tasks.FirstOrDefault(t => t.State == TaskState.Open && permissions.CannotAct(viewer, t) is null)?.Step ?? "*";
        var view = new JsonObject();
        foreach (var (formId, saved) in all)
        {
            if (saved is not JsonObject s || s["version"]?.GetValue<int>() is not { } version || forms.Get(formId, version) is not { } form) continue;
            view[formId] = new JsonObject { ["version"] = version, ["data"] = form.ViewFor(s["data"] as JsonObject ?? [], step) };
        }
        return disclosure.Forms(view);
    }

    /// <summary>The form data of a case, by form id: {version, data}.</summary>
    public static JsonObject FormData(Case c) => c.FormDataJson is { } json && JsonNode.Parse(json) is JsonObject o ? o : [];

    static void SaveForm(Case c, string formId, JsonObject saved)
    {
        var all = FormData(c);
        all[formId] = saved.DeepClone();
        c.FormDataJson = all.ToJsonString();
    }

    /// <summary>What form expressions and defaults read as caseData.</summary>
    static JsonObject CaseData(Case c, EffectivePackage package, Actor actor) => new()
    {
        ["user"] = actor.Username, ["userName"] = actor.Name,
        ["number"] = c.Number, ["channel"] = c.Channel, ["item"] = c.ItemCode, ["category"] = c.CategoryCode, ["urgency"] = c.Urgency,
        ["description"] = c.Description, ["grid"] = c.Place.GridCode, ["address"] = c.Place.Address,
        // The person filling the form: a field like 经办人 (defaultFrom "assignee") starts with the signed-in handler.
        ["assignee"] = actor.Username, ["assigneeUnit"] = c.Assignee?.DepartmentCode ?? c.Assignee?.UnitCode, ["assigneeName"] = c.Assignee?.Name,
        ["itemName"] = package.FindItem(c.ItemCode)?.Name,
    };

    /// <summary>An intake form filled from the request where the form leaves a core field out.</summary>
    static JsonObject IntakeData(IntakeRequest r, CatalogItem item, string urgency)
    {
        var data = r.Form?.DeepClone() as JsonObject ?? [];
        data["channel"] ??= r.Channel;
        data["item"] ??= item.Code;
        data["urgency"] ??= urgency;
        data["description"] ??= r.Description;
        data["title"] ??= item.Name;
        data["place"] ??= new JsonObject { ["address"] = r.Address ?? "", ["lng"] = r.Longitude, ["lat"] = r.Latitude, ["grid"] = r.GridCode };
        if (r.ReporterName is not null) data["reporterName"] ??= r.ReporterName;
        if (r.ReporterPhone is not null) data["reporterPhone"] ??= r.ReporterPhone;
        // A report that names nobody is anonymous: the form then asks for no contact.
        if (r.Form is null && r.ReporterName is null && r.ReporterPhone is null) data["anonymous"] ??= "yes";
        return data;
    }

    /// <summary>Serial numbers of forms from the same daily counters as case numbers.</summary>
    sealed class StoreCounter(ICaseStore store) : ISerialCounter
    {
        public long Next(string key, DateOnly day) => store.NextSequenceAsync(key, day).GetAwaiter().GetResult();
    }
}
