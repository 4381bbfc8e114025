using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Input;

namespace Governance.Core.Cases.Disclosure;

/// <summary>
/// What one viewer sees of one case's personal data. Unmasked, everything passes as it is. Masked, the reporter and
/// the personal fields of its forms are masked, citizens' names in the journal too, and every other text — the
/// description, comments, action data, notification bodies — has those same values masked wherever they occur.
/// </summary>
public sealed class CaseDisclosure
{
    static readonly string CitizenRole = RoleDefinition.CodeOf(Role.Citizen);

    readonly Case c;
    readonly Func<string, int, FormDefinition?> forms;
    IReadOnlyList<(string Value, string Masked)>? secrets;

    internal CaseDisclosure(Case c, bool unmasked, Func<string, int, FormDefinition?> forms)
    {
        this.c = c;
        this.forms = forms;
        Unmasked = unmasked;
    }

    /// <summary>The viewer sees personal data in full (a read worth an audit entry when <see cref="HasPersonalData"/>).</summary>
    public bool Unmasked { get; }

    /// <summary>The case holds personal data at all: a reporter's name or phone, or a filled personal form field.</summary>
    public bool HasPersonalData => Secrets.Count > 0;

    public string? ReporterName => Unmasked ? c.Reporter.Name : Masking.Name(c.Reporter.Name);
    public string? ReporterPhone => Unmasked ? c.Reporter.Phone : Masking.Phone(c.Reporter.Phone);

    /// <summary>Free text with every personal value of the case masked where it occurs.</summary>
    public string? Text(string? text)
    {
        if (Unmasked || string.IsNullOrEmpty(text)) return text;
        foreach (var (value, masked) in Secrets)
            if (text.Contains(value, StringComparison.Ordinal)) text = text.Replace(value, masked, StringComparison.Ordinal);
        return text;
    }

    /// <summary>A journal entry's actor as this viewer may read it: a citizen (上报, 评价 on the public page) is personal data.</summary>
    public string? ActorName(CaseJournalEntry entry) =>
        Unmasked || entry.Role != CitizenRole ? Text(entry.ActorName) : Masking.Name(entry.ActorName);

    /// <summary>JSON kept as text (action data, task data) with personal values masked in every string.</summary>
    public string? Json(string? json)
    {
        if (Unmasked || string.IsNullOrEmpty(json) || Secrets.Count == 0) return json;
        try { return Node(JsonNode.Parse(json))?.ToJsonString() ?? json; }
        catch (JsonException) { return Text(json); }
    }

    /// <summary>
    /// The case's form data ({formId: {version, data}}) as this viewer may read it: fields marked personal masked
    /// (strings) or left out (anything else), then every other string masked where a personal value occurs in it.
    /// </summary>
    public JsonObject Forms(JsonObject all)
    {
        if (Unmasked) return all;
        var view = new JsonObject();
        foreach (var (formId, saved) in all)
        {
            if (saved is not JsonObject s) continue;
            var definition = s["version"] is JsonValue v && v.TryGetValue<int>(out var version) ? forms(formId, version) : null;
            var data = s["data"] as JsonObject ?? [];
            view[formId] = new JsonObject { ["version"] = s["version"]?.DeepClone(), ["data"] = Node(MaskFields(data, definition?.Fields ?? [])) };
        }
        return view;
    }

    JsonNode? Node(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Node(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Node).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(Text(v.GetValue<string>())),
        _ => node?.DeepClone(),
    };

    static JsonObject MaskFields(JsonObject data, IReadOnlyList<FormField> fields)
    {
        var copy = (JsonObject)data.DeepClone();
        foreach (var f in fields)
        {
            if (copy[f.Key] is not { } value) continue;
            if (f.Personal) copy[f.Key] = Mask(value);
            else if (f.Type == FieldType.Table && value is JsonArray rows)
                foreach (var row in rows.OfType<JsonObject>())
                    foreach (var col in f.Columns.Where(x => x.Personal && row[x.Key] is not null))
                        row[col.Key] = Mask(row[col.Key]!);
        }
        return copy;
    }

    static JsonNode? Mask(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? JsonValue.Create(Masking.Value(v.GetValue<string>())) : null;

    /// <summary>The personal values of this case, each with its mask, longest first (a phone before a name inside it).</summary>
    IReadOnlyList<(string Value, string Masked)> Secrets => secrets ??= Collect();

    List<(string, string)> Collect()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string? value, string? masked)
        {
            value = value?.Trim();
            // One character (a surname on its own) would mask that character everywhere; it identifies nobody.
            if (value is null || masked is null || VisibleText.Length(value) < 2) return;
            found.TryAdd(value, masked);
        }
        Add(c.Reporter.Name, Masking.Name(c.Reporter.Name));
        Add(c.Reporter.Phone, Masking.Phone(c.Reporter.Phone));
        if (c.Reporter.Phone is { } phone && new string(phone.Where(char.IsAsciiDigit).ToArray()) is { Length: >= 7 } digits)
            Add(digits, Masking.Phone(digits));
        if (c.FormDataJson is { } json && JsonNode.Parse(json) is JsonObject all)
            foreach (var (formId, saved) in all)
            {
                if (saved is not JsonObject s || s["version"] is not JsonValue v || !v.TryGetValue<int>(out var version)) continue;
                if (forms(formId, version) is not { } definition || s["data"] is not JsonObject data) continue;
                foreach (var f in definition.Fields)
                {
                    if (f.Personal && data[f.Key] is JsonValue fv && fv.GetValueKind() == JsonValueKind.String)
                        Add(fv.GetValue<string>(), Masking.Value(fv.GetValue<string>()));
                    if (f.Type == FieldType.Table && data[f.Key] is JsonArray rows)
                        foreach (var row in rows.OfType<JsonObject>())
                            foreach (var col in f.Columns.Where(x => x.Personal))
                                if (row[col.Key] is JsonValue cv && cv.GetValueKind() == JsonValueKind.String)
                                    Add(cv.GetValue<string>(), Masking.Value(cv.GetValue<string>()));
                }
            }
        return found.OrderByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value)).ToList();
    }
}
