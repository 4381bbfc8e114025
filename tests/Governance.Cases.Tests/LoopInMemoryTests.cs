using Governance.Core.Calendar;
using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;

namespace Governance.Cases.Tests;

/// <summary>The closed loop on the in-memory stores, driven through the case service.</summary>
public class LoopInMemoryTests
{
    const string Grid = "990102001001001"; // 东湖社区第1网格, 城东区

    // The hotline types the address and picks the grid: no point, so the grid is taken as given (a point would decide it).
    static IntakeRequest Manhole(string? key = null) => new("hotline", "01001", "normal", "东湖路口供水井盖缺失，有人险些踩空", Grid,
        "东湖路 88 号", null, null, "李女士", "13912345678", key);

    [Fact]
    public async Task A_case_goes_from_intake_to_archive()
    {
        var clock = new ManualClock(Repo.At("2026-03-09T09:00"));
        var service = (await TestEngine.StartAsync(null, Repo.Set, clock)).Service;
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
        var photo = await service.AttachAsync(c.Id, "处置前.png", Governance.Demo.DemoForms.Photo, Steps.Handle, water);
        c = await service.ActAsync(handle.Task.Id, "reply", new ActionRequest("已更换井盖",
            new() { ["form"] = Governance.Demo.DemoForms.Reply("已更换井盖", clock.GetUtcNow(), photo.Id) }), water);
        Assert.Equal(CaseStatus.Verifying, c.Status);

        var verify = Assert.Single(await service.InboxAsync(operatorUser));
        c = await service.ActAsync(verify.Task.Id, "pass", new ActionRequest("现场核查已修复"), operatorUser);
        Assert.Equal(CaseStatus.Closed, c.Status);

        var callback = Assert.Single(await service.InboxAsync(operatorUser));
        c = await service.ActAsync(callback.Task.Id, "rate", new ActionRequest("群众表示满意", new() { ["satisfaction"] = "satisfied" }), operatorUser);
        Assert.Equal(CaseStatus.Archived, c.Status);
        Assert.Equal(Satisfaction.Satisfied, c.Satisfaction);

        var (_, _, journal) = await service.GetAsync(c.Id, operatorUser);
        Assert.Equal(["上报", "受理立案", "系统", "签收", "上传附件", "回单", "核查通过", "系统", "回访评价"], journal.Select(j => j.Action));
        Assert.Contains(journal, j => j.Comment == "按规则“default”派遣至城东区水务局");
    }
}

/// <summary>督办 and overdue reach people, not only the journal: notifications go to the outbox with the change.</summary>
public class NotificationTests
{
    [Fact]
    public async Task An_urge_tells_the_handling_department_and_an_overdue_task_also_tells_the_supervisors()
    {
        var clock = new ManualClock(Repo.At("2026-03-09T09:00"));
        var service = (await TestEngine.StartAsync(null, Repo.Set, clock)).Service;
        var store = (InMemoryCaseStore)service.Store;
        var c = (await service.ReportAsync(new IntakeRequest("hotline", "01001", "normal", "井盖缺失，存在安全隐患", "990102001001001", "东湖路 88 号", null, null, null, null, null))).Case;
        await service.ActAsync((await service.Store.GetTasksAsync(c.Id)).Single().Id, "register", new ActionRequest("立案"), Repo.User("op-990102"));
        Assert.Empty(store.Notifications);

        await service.UrgeAsync(c.Id, "群众反映强烈", Repo.User("sup-990102"));
        var urge = Assert.Single(store.Notifications).Message;
        Assert.Equal(("sms", "13900681034", "督办提醒"), (urge.Channel, urge.Recipient, urge.Subject)); // 张明, 城东区水务局
        Assert.Contains(c.Number, urge.Body);
        Assert.Contains("群众反映强烈", urge.Body);
        Assert.Contains("供水井盖", urge.Body);
        Assert.Equal("h-sw-990102", (string?)urge.Data!["username"]);

        clock.Set(Repo.At("2026-03-13T09:00")); // past the handling deadline (Thu 12 March 17:30)
        while (await service.RaiseDueWarningsAsync("test") > 0) { }
        var overdue = store.Notifications.Skip(1).Select(n => n.Message).ToList();
        Assert.Equal(["h-sw-990102", "sup-990100", "sup-990102"], overdue.Select(m => (string)m.Data!["username"]!).Order());
        Assert.All(overdue, m => Assert.Equal("超期督办", m.Subject));
        Assert.All(overdue, m => Assert.Contains("“办理”环节已超过时限", m.Body));
        Assert.Single(await service.Store.GetJournalAsync(c.Id), j => j.Action == "超期督办");

        while (await service.RaiseDueWarningsAsync("test") > 0) { }
        Assert.Equal(4, store.Notifications.Count); // raised once
    }
}
