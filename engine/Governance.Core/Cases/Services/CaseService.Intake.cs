using Governance.Core.Definitions.Model;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Governance.Core.Cases.Model;
using Governance.Core.Input;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// An intake request as the service takes it: every text field within its limit and trimmed, coordinates finite
    /// and on the globe, the form bounded in size. Refuses with 400 naming the field.
    /// </summary>
    static IntakeRequest Checked(IntakeRequest r)
    {
        if (r.Longitude is { } lng && (!double.IsFinite(lng) || Math.Abs(lng) > 180))
            throw new InputException("INPUT-COORDINATES", "longitude");
        if (r.Latitude is { } lat && (!double.IsFinite(lat) || Math.Abs(lat) > 90))
            throw new InputException("INPUT-COORDINATES", "latitude");
        if (r.Form is not null) JsonInput.Bound(r.Form, "form", strings: false);
        return r with
        {
            Channel = TextInput.Required(r.Channel, "channel"), ItemCode = TextInput.Required(r.ItemCode, "itemCode"),
            Urgency = TextInput.Optional(r.Urgency, "urgency"), Description = TextInput.Required(r.Description, "description"),
            GridCode = TextInput.Optional(r.GridCode, "gridCode") ?? "", Address = TextInput.Optional(r.Address, "address"),
            ReporterName = TextInput.Optional(r.ReporterName, "reporterName"), ReporterPhone = TextInput.Optional(r.ReporterPhone, "reporterPhone"),
            IdempotencyKey = TextInput.Optional(r.IdempotencyKey, "Idempotency-Key"),
        };
    }

    /// <summary>Who sent a report and a hash of what they sent: an idempotency key replays only for the same caller and body.</summary>
    static string IdempotencyBinding(IntakeRequest r, Actor? reporter)
    {
        var body = JsonSerializer.Serialize(new object?[]
        {
            r.Channel, r.ItemCode, r.Urgency, r.Description, r.GridCode, r.Address, r.Longitude, r.Latitude, r.ReporterName, r.ReporterPhone,
            r.Form?.ToJsonString(),
        });
        var caller = reporter?.Username ?? Actor.Citizen(null, "").Username;
        return caller + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>The case an idempotency key made, for the same caller and body; anything else is refused with 422.</summary>
    static IntakeResult Replay(Case existing, string key, string binding) =>
        existing.IdempotencyBinding == binding
            ? new IntakeResult(existing, false)
            : throw new CaseException("IDEMPOTENCY-MISMATCH", 422, key) { Field = "Idempotency-Key" };
}
