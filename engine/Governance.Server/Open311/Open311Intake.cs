using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Services;
using Governance.Core.Definitions.Model;
using Governance.Core.Forms.Model;
using Governance.Core.Geography;
using Governance.Core.Input;
using Governance.Core.Messages;
using Governance.Core.Packages;
using Governance.Server.Command;
using Governance.Server.Integrations;

namespace Governance.Server.Open311;

/// <summary>
/// <c>POST requests</c>: a form-encoded service request becomes a case through the ordinary intake, channel
/// <c>open311</c>. The point decides the grid (the package's boundaries); without one, an address that names a grid.
/// <c>attribute[code]</c> fill the item's intake form, the name and phone are the reporter (never shown back).
/// </summary>
public static class Open311Intake
{
    public static async Task<IResult> Post(string format, HttpContext http, ApiClientGate gate, DefinitionSet set, CaseService cases, ArrivalSignal arrivals,
        CancellationToken ct)
    {
        format = Open311Problems.Format(format);
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
        string? Field(string name)
        {
            var value = form?[name].ToString() ?? http.Request.Query[name].ToString();
            if (string.IsNullOrEmpty(value)) return null;
            TextInput.Check(value, name);
            return value.Trim();
        }
        var client = await Open311Problems.ClientAsync(gate, http, Field("api_key"), "requests");

        var code = Field("service_code") ?? throw new InputException("INPUT-REQUIRED", "service_code", "service_code");
        var jurisdiction = Field("jurisdiction_id") ?? client.County;
        var (grid, lat, lon) = Locate(set, Number(Field("lat"), "lat"), Number(Field("long"), "long"), Field("address_string"));
        var county = set.City!.Org.AncestorAt(set.City.Org.Find(grid)!, OrgLevel.County)!.Code;
        if (jurisdiction is not null && Open311Api.Jurisdiction(set, jurisdiction) is var _ && county != jurisdiction)
            throw new Open311Exception(400, "OPEN311-JURISDICTION-UNKNOWN", jurisdiction, county);
        if (client.County is { } own && own != county) throw new Open311Exception(403, "OPEN311-JURISDICTION-UNKNOWN", county, own);
        var package = set.For(grid);
        var item = package.FindItem(code) ?? throw new Open311Exception(400, "OPEN311-SERVICE-UNKNOWN", code);

        var description = Field("description") ?? item.Name;
        if (Field("media_url") is { } media)
            description += "\n" + Text.Format("OPEN311-MEDIA-LINE", Uri.TryCreate(media, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri.AbsoluteUri : throw new Open311Exception(400, "OPEN311-MEDIA-URL"));
        var name = Name(Field("first_name"), Field("last_name"));
        var phone = Field("phone");
        var attributes = Attributes(form, Open311Views.Attributes(package, item, set, cases), item);
        if (attributes is not null && name is null && phone is null) attributes["anonymous"] ??= "yes";

        // The form's urgency is the case's: one value, not a form saying one thing and the case another.
        var urgency = attributes?["urgency"] is JsonValue u && u.TryGetValue<string>(out var chosen) ? chosen : null;
        var result = await cases.ReportAsync(new IntakeRequest(Open311Api.Channel, item.Code, urgency, description, grid, Field("address_string"), lon, lat,
            name, phone, null, attributes), null, ct);
        arrivals.Arrived();
        var c = result.Case;
        return new Open311Document("service_requests", new Open311List("request", [new Open311Record()
            .Add("service_request_id", c.Number).Add("token", c.Id).Add("service_notice", Text.Format("OPEN311-NOTICE", c.Number)).Add("account_id", null)])).Result(format);
    }

    static double? Number(string? text, string field) =>
        text is null ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new InputException("INPUT-NUMBER", field, field);

    /// <summary>The grid of the point; without a point, the grid an address names (its name, or one of a community's grids named in full).</summary>
    static (string Grid, double? Lat, double? Lon) Locate(DefinitionSet set, double? lat, double? lon, string? address)
    {
        if (lat is { } y && lon is { } x)
        {
            if (!double.IsFinite(y) || Math.Abs(y) > 90) throw new InputException("INPUT-COORDINATES", "lat");
            if (!double.IsFinite(x) || Math.Abs(x) > 180) throw new InputException("INPUT-COORDINATES", "long");
            var grid = set.Places.GridAt(new GeoPoint(y, x)) ?? throw new Open311Exception(400, "PLACE-OUTSIDE", set.City!.City.Name);
            return (grid, y, x);
        }
        if (string.IsNullOrWhiteSpace(address)) throw new Open311Exception(400, "OPEN311-LOCATION-REQUIRED");
        var named = set.City!.Org.Units.Where(u => u.Level == OrgLevel.Grid && address.Contains(u.Name, StringComparison.Ordinal))
            .OrderByDescending(u => u.Name.Length).FirstOrDefault();
        return named is null ? throw new Open311Exception(400, "OPEN311-ADDRESS-UNKNOWN", address) : (named.Code, null, null);
    }

    /// <summary>A Chinese name is family name first (李 + 秀英); others are written given name first.</summary>
    static string? Name(string? first, string? last)
    {
        if (first is null || last is null) return first ?? last;
        return (first + last).Any(ch => ch >= '\u4e00' && ch <= '\u9fff') ? last + first : first + " " + last;
    }

    /// <summary><c>attribute[code]</c> (and <c>attribute[code][]</c> for several values) as the intake form's data; null when none came.</summary>
    static JsonObject? Attributes(IFormCollection? form, IReadOnlyList<FormField> fields, CatalogItem item)
    {
        if (form is null) return null;
        JsonObject? data = null;
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith("attribute[", StringComparison.Ordinal) || !key.EndsWith(']')) continue;
            var code = key["attribute[".Length..^1].Replace("][", "", StringComparison.Ordinal).TrimEnd('[', ']');
            var field = fields.FirstOrDefault(f => f.Key == code) ?? throw new Open311Exception(400, "OPEN311-ATTRIBUTE-UNKNOWN", item.Code, code.Length > 40 ? code[..40] : code);
            foreach (var v in values) if (v is not null) TextInput.Check(v, "attribute[]");
            data ??= [];
            data[field.Key] = field.Type switch
            {
                FieldType.Checkbox => new JsonArray(values.Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
                FieldType.Number or FieldType.Money => JsonValue.Create(Number(values.ToString(), $"attribute[{field.Key}]")),
                _ => JsonValue.Create(values.ToString()),
            };
        }
        return data;
    }
}
