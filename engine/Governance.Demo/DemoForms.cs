using System.Globalization;
using System.Text.Json.Nodes;

namespace Governance.Demo;

/// <summary>Filled-in forms as a handler would submit them, for demo data and tests.</summary>
public static class DemoForms
{
    /// <summary>A 1×1 PNG: the smallest handwritten signature the signature field accepts.</summary>
    public const string Signature = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    /// <summary>A complete 办理回单 (reply) form: solved, with measures, photos before and after, and a signature.</summary>
    public static JsonObject Reply(string measures, DateTimeOffset finishedAt) => new()
    {
        ["result"] = "solved",
        ["measures"] = measures.Length >= 10 ? measures : measures + "，已现场处置完毕并拍照留存。",
        ["photosBefore"] = new JsonArray(new JsonObject { ["name"] = "处置前.jpg", ["type"] = "image/jpeg", ["size"] = 204800 }),
        ["photosAfter"] = new JsonArray(new JsonObject { ["name"] = "处置后.jpg", ["type"] = "image/jpeg", ["size"] = 198000 }),
        ["finishedAt"] = finishedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["signature"] = Signature,
    };
}
