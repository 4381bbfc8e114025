using Governance.Core.Calendar;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;

namespace Governance.Cases.Tests;

/// <summary>The closed loop on the in-memory stores, driven through the case service.</summary>
public class LoopInMemoryTests
{
    const string Grid = "990102001001001"; // 东湖社区第1网格, 城东区

    static IntakeRequest Manhole(string? key = null) => new("hotline", "01001", "normal", "东湖路口供水井盖缺失，有人险些踩空", Grid,
        "东湖路 88 号", 118.1, 30.2, "李女士", "13912345678", key);

    [Fact]
    public async Task A_case_goes_from_intake_to_archive()
    {
        var clock = new ManualClock(Repo.At("2026-03-09T09:00"));
        var service = await CaseEngine.InMemoryAsync(Repo.Set, clock);
        var operatorUser = Repo.User("op-990102");
        var water = Repo.User("h-sw-990102");

        var intake = await service.ReportAsync(Manhole());
        var c = intake.Case;
        Assert.Equal(CaseStatus.Reported, c.Status);
        Assert.StartsWith("990102-20260309-", c.Number);

        var accept = Assert.Single(await service.InboxAsync(operatorUser));
        Assert.Equal(Steps.Accept, accept.Task.Step);
        c = await service.ActAsync(accept.Task.Id, "register", new ActionRequest("立案"), operatorUser);
        Assert.Equal(CaseStatus.Dispatched, c.Status);
        Assert.Equal("城东区水务局", c.Assignee!.Name);
        Assert.Equal(Repo.At("2026-03-12T17:30"), c.Deadline); // 3 working days

        var handle = Assert.Single(await service.InboxAsync(water));
        c = await service.ActAsync(handle.Task.Id, "sign", new ActionRequest(), water);
        Assert.Equal(CaseStatus.Handling, c.Status);
        c = await service.ActAsync(handle.Task.Id, "reply", new ActionRequest("已更换井盖",
            new() { ["form"] = Governance.Demo.DemoForms.Reply("已更换井盖", clock.GetUtcNow()) }), water);
        Assert.Equal(CaseStatus.Verifying, c.Status);

        var verify = Assert.Single(await service.InboxAsync(operatorUser));
        c = await service.ActAsync(verify.Task.Id, "pass", new ActionRequest("现场核查已修复"), operatorUser);
        Assert.Equal(CaseStatus.Closed, c.Status);

        var callback = Assert.Single(await service.InboxAsync(operatorUser));
        c = await service.ActAsync(callback.Task.Id, "rate", new ActionRequest("群众表示满意", new() { ["satisfaction"] = "satisfied" }), operatorUser);
        Assert.Equal(CaseStatus.Archived, c.Status);
        Assert.Equal(Satisfaction.Satisfied, c.Satisfaction);

        var (_, _, journal) = await service.GetAsync(c.Id, operatorUser);
        Assert.Equal(["上报", "受理立案", "系统", "签收", "回单", "核查通过", "系统", "回访评价"], journal.Select(j => j.Action));
        Assert.Contains(journal, j => j.Comment == "按规则“default”派遣至城东区水务局");
    }
}
