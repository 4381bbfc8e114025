using System.Globalization;
using System.Text.Json.Nodes;

namespace Governance.Demo;

/// <summary>Filled-in forms as a handler would submit them, for demo data and tests.</summary>
public static class DemoForms
{
    /// <summary>A 1×1 PNG: the smallest handwritten signature the signature field accepts.</summary>
    public const string Signature = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    /// <summary>The bytes of a photo to upload before replying: the 1×1 PNG of <see cref="Signature"/>.</summary>
    public static byte[] Photo => Convert.FromBase64String(Signature[(Signature.IndexOf(',') + 1)..]);

    /// <summary>An attachment field's entry for an uploaded <see cref="Photo"/>, as the workspace sends it.</summary>
    public static JsonObject PhotoRef(string id, string name) => new() { ["id"] = id, ["name"] = name, ["type"] = "image/png", ["size"] = Photo.Length };

    /// <summary>
    /// A complete 办理回单 (reply) form: solved, with measures, photos before and after, and a signature. The photos
    /// are attachments already uploaded to the case (their ids): a form may only name the case's own files.
    /// </summary>
    public static JsonObject Reply(string measures, DateTimeOffset finishedAt, string photoBefore, string? photoAfter = null) => new()
    {
        ["result"] = "solved",
        ["measures"] = measures.Length >= 10 ? measures : measures + "，已现场处置完毕并拍照留存。",
        ["photosBefore"] = new JsonArray(PhotoRef(photoBefore, "处置前.png")),
        ["photosAfter"] = new JsonArray(PhotoRef(photoAfter ?? photoBefore, "处置后.png")),
        ["finishedAt"] = finishedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        ["signature"] = Signature,
    };

    /// <summary>
    /// What an item's own intake form asks beyond the request fields (the parties of a dispute, the state of a fire),
    /// for a report made without the form; null for the generic form, which the request fields fill.
    /// </summary>
    public static JsonObject? IntakeExtras(string formId) => formId switch
    {
        "intake-dispute" => new JsonObject
        {
            ["disputeType"] = "neighbour", ["mediated"] = "no",
            ["parties"] = new JsonArray(new JsonObject { ["name"] = "张某某", ["role"] = "applicant" }, new JsonObject { ["name"] = "李某某", ["role"] = "respondent" }),
        },
        "intake-straw-burning" => new JsonObject { ["fireState"] = "out" },
        _ => null,
    };
}
