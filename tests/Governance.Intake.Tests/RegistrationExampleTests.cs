using Governance.Core.Definitions.Model;
using System.Text.Json.Nodes;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Hosting;
using Governance.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Intake.Tests;

/// <summary>Each registration is a lesson, written with it; a rejection teaches nothing.</summary>
public class RegistrationExampleTests
{
    static IntakeRequest Report(string item, string text) =>
        new("hotline", item, "normal", text, "990102001001001", "东湖路 8 号", null, null, "李女士", "13912345678", null);

    [Fact]
    public async Task A_registration_records_the_text_with_the_item_reported_and_the_item_registered()
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new ManualClock(DateTimeOffset.Parse("2026-03-09T09:00:00+08:00")))
            .AddGovernanceCore().AddGovernanceInMemoryStores().BuildServiceProvider();
        await services.StartGovernanceAsync(Repo.Set);
        var service = services.GetRequiredService<CaseService>();
        var op = Repo.Set.City!.Users.Single(u => u.Username == "op-990102");
        var actor = new Actor(op.Username, op.Name, op.Role, op.Unit, op.Department);
        var corrected = (await service.ReportAsync(Report("01037", "路灯下面有人推车卖水果"))).Case;
        var confirmed = (await service.ReportAsync(Report("06042", "垃圾桶满了"))).Case;
        var rejected = (await service.ReportAsync(Report("06042", "打错了，不好意思"))).Case;
        async Task<string> Accept(Case c) => (await service.InboxAsync(actor)).Single(e => e.Case.Id == c.Id).Task.Id;

        await service.ActAsync(await Accept(corrected), "register", new ActionRequest(null, new JsonObject { ["item"] = "09006" }), actor);
        await service.ActAsync(await Accept(confirmed), "register", new ActionRequest(), actor);
        await service.ActAsync(await Accept(rejected), "reject", new ActionRequest("无效来电"), actor);

        var examples = ((InMemoryCaseStore)service.Store).IntakeExamples;
        Assert.Equal(2, examples.Count);
        var lesson = examples.Single(e => e.CaseId == corrected.Id);
        Assert.Equal(("990102", "路灯下面有人推车卖水果", "01037", "09006", true), (lesson.CountyCode, lesson.Text, lesson.ReportedItem, lesson.Item, lesson.Corrected));
        Assert.False(examples.Single(e => e.CaseId == confirmed.Id).Corrected);
    }
}
