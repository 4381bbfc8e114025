using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Demo;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests.Defects;

/// <summary>
/// Defect 7: attachment fields of forms were free JSON (a javascript: address, a tracking image elsewhere).
/// Defect 8: an executable called .jpg and a web page called .png were stored; photos kept their GPS position;
/// answers could be sniffed into another type; the browser app had no content security policy.
/// </summary>
public abstract class AttachmentTests(ScenarioServer server) : DefectTests(server)
{
    [Fact]
    public async Task Defect07_a_reply_naming_a_file_that_is_not_the_cases_own_is_refused()
    {
        var (water, task, id) = await AtWater();
        JsonObject Reply(JsonObject photo)
        {
            var form = DemoForms.Reply("已更换井盖并设置警示标志", Api.Clock.GetUtcNow(), "x");
            form["photosBefore"] = new JsonArray(photo);
            form["photosAfter"] = new JsonArray(photo.DeepClone());
            return form;
        }
        var scriptUrl = new JsonObject { ["name"] = "a.png", ["type"] = "image/png", ["size"] = 10, ["url"] = "javascript:alert(document.cookie)" };
        var (status, problem) = await Refused(water.Act(task, "reply", "已处理", new { form = Reply(scriptUrl) }));
        Assert.Equal(400, status);
        Assert.Contains(problem["errors"]!.AsArray(), e => (string?)e!["path"] == "photosBefore[0]" && (string?)e["code"] == "CASE-FORM-FILE-UNKNOWN");
        // Another case's file, even one this department may see, is not this case's.
        var elsewhere = new JsonObject { ["id"] = Scenario["rated"].Attachment, ["name"] = "b.png", ["type"] = "image/png", ["size"] = 10 };
        Assert.Equal(400, (await Refused(water.Act(task, "reply", "已处理", new { form = Reply(elsewhere) }))).Status);

        // The case's own file: kept as the server stored it, whatever address the client wrote beside it.
        var own = await water.Upload(id, DemoForms.Photo, "处置前.png");
        var tracked = new JsonObject { ["id"] = own, ["name"] = "x.png", ["type"] = "image/png", ["size"] = 1, ["url"] = "https://tracker.example/pixel.png" };
        await water.Act(task, "reply", "已处理", new { form = Reply(tracked) }).Ok();
        var detail = await (await Api.As("op-990102")).GetAsync($"/api/cases/{id}").Ok();
        var saved = JsonNode.Parse((string)detail["form"]!)!["reply"]!["data"]!["photosBefore"]![0]!;
        Assert.Equal($"/api/cases/{id}/attachments/{own}", (string?)saved["url"]);
        Assert.Equal("处置前.png", (string?)saved["name"]);
        Assert.DoesNotContain("tracker.example", detail.ToJsonString());
    }

    [Fact]
    public async Task Defect08_an_executable_called_jpg_and_a_page_called_png_are_refused()
    {
        var (water, _, id) = await AtWater();
        foreach (var (bytes, name) in new[] { ("MZ\x90\0\x03\0\0\0\x04\0"u8.ToArray(), "photo.jpg"), ("<html><script>alert(1)</script></html>"u8.ToArray(), "photo.png"),
                     ("%PDF-1.4 but named"u8.ToArray(), "photo.webp") })
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
            var (status, problem) = await Refused(water.PostAsync($"/api/cases/{id}/attachments", content));
            Assert.Equal(415, status);
            Assert.Equal("ATTACHMENT-CONTENT", (string?)problem["code"]);
        }
    }

    [Fact]
    public async Task Defect08_a_photos_EXIF_GPS_and_a_PNGs_text_are_gone_once_stored()
    {
        var (water, _, id) = await AtWater();
        var jpeg = await Stored(water, id, Jpeg(), "camera.jpg");
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        Assert.Equal([0xFF, 0xD9], jpeg[^2..]);
        var text = Encoding.Latin1.GetString(jpeg);
        Assert.DoesNotContain("Exif", text);
        Assert.DoesNotContain("GPS 30.2741N 120.1551E", text);
        Assert.DoesNotContain("taken by 13612345602", text);
        Assert.Contains("JFIF", text); // what draws the picture stays
        Assert.Contains("\u00FF\u00DA", text);

        var png = Encoding.Latin1.GetString(await Stored(water, id, Png(), "screen.png"));
        Assert.DoesNotContain("GPS 30.2741N", png);
        Assert.Contains("IHDR", png);
        Assert.Contains("IDAT", png);
        Assert.EndsWith("IEND\u00AE\u0042\u0060\u0082", png);
    }

    [Fact]
    public async Task Defect08_answers_are_never_sniffed_and_the_browser_app_has_a_content_security_policy()
    {
        var client = Api.CreateClient();
        foreach (var url in new[] { "/api/catalog", "/api/cases", "/", "/openapi/v1.json" })
            Assert.Equal("nosniff", (await client.GetAsync(url)).Headers.GetValues("X-Content-Type-Options").Single());
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        var water = Scenario["water"];
        var download = await (await Api.As("op-990102")).GetAsync($"/api/cases/{water.Id}/attachments/{water.Attachment}");
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
    }

    async Task<byte[]> Stored(HttpClient c, string id, byte[] bytes, string name)
    {
        var attachment = await c.Upload(id, bytes, name);
        return await c.GetByteArrayAsync($"/api/cases/{id}/attachments/{attachment}");
    }

    /// <summary>A JPEG as a phone writes it: JFIF, then EXIF with a GPS position, a comment, the tables and the scan.</summary>
    static byte[] Jpeg()
    {
        var b = new List<byte> { 0xFF, 0xD8 };
        void Segment(byte marker, byte[] data) { b.AddRange([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2)]); b.AddRange(data); }
        Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(0xE1, [.. "Exif\0\0"u8, .. "MM\0*GPS 30.2741N 120.1551E"u8]);
        Segment(0xFE, "taken by 13612345602"u8.ToArray());
        Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
        Segment(0xDA, [1, 1, 0, 0, 0x3F, 0]);
        b.AddRange([0xD2, 0xCF, 0x20, 0xFF, 0xD9]);
        return [.. b];
    }

    /// <summary>The demo PNG with a text chunk carrying a position.</summary>
    static byte[] Png()
    {
        var photo = DemoForms.Photo;
        var text = "Comment\0GPS 30.2741N"u8.ToArray();
        var chunk = new List<byte> { 0, 0, 0, (byte)text.Length };
        chunk.AddRange("tEXt"u8.ToArray());
        chunk.AddRange(text);
        chunk.AddRange([0, 0, 0, 0]); // CRC: not checked by the filter, which only drops the chunk
        var ihdrEnd = 8 + 25; // signature, then IHDR (4 length + 4 type + 13 data + 4 CRC)
        return [.. photo[..ihdrEnd], .. chunk, .. photo[ihdrEnd..]];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AttachmentOnSqlite(SqliteScenario server) : AttachmentTests(server);

[Collection(PostgresCollection.Name)]
public sealed class AttachmentOnPostgres(PostgresScenario server) : AttachmentTests(server);
