using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Command.Tests.Infrastructure;

/// <summary>Cases taken in through the API as the county center's hotline operator would, and moved through the loop.</summary>
public static class Intake
{
    public static async Task<(string Id, string Number)> ReportAsync(this HttpClient op, string item, string grid, string description,
        string? phone = null, double? lon = null, double? lat = null)
    {
        // The intake form's rules apply to every report: a dispute names its parties, and a description says enough.
        var form = Governance.Demo.DemoForms.IntakeExtras(item.StartsWith("110", StringComparison.Ordinal) ? "intake-dispute" : "intake-generic");
        if (description.Length < 10) description += "，请尽快派人处理";
        var r = await op.PostAsJsonAsync("/api/cases", new
        {
            channel = "hotline", itemCode = item, description, gridCode = grid, address = "测试路1号", longitude = lon, latitude = lat,
            reporterName = "来电人", reporterPhone = phone ?? "13800000000", form,
        });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, text);
        var c = JsonDocument.Parse(text).RootElement.GetProperty("case");
        return (c.GetProperty("id").GetString()!, c.GetProperty("number").GetString()!);
    }

    /// <summary>The center registers (立案) the case from its inbox.</summary>
    public static async Task RegisterAsync(this HttpClient op, string caseId)
    {
        var inbox = await op.GetJson("/api/tasks");
        var task = inbox.EnumerateArray().Single(e => e.GetProperty("case").GetProperty("id").GetString() == caseId).GetProperty("task").GetProperty("id").GetString();
        var r = await op.PostAsJsonAsync($"/api/tasks/{task}/actions/register", new { comment = "立案" });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
    }
}
