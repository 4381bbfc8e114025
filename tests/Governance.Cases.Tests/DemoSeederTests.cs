using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Demo;

namespace Governance.Cases.Tests;

public class DemoSeederTests
{
    [Fact]
    public async Task Demo_cases_reach_every_stage_of_the_loop_across_channels_and_counties()
    {
        var clock = new ManualClock(Repo.At("2026-11-20T10:00"));
        var service = (await TestEngine.StartAsync(null, Repo.Set, clock)).Service;
        var made = await new DemoSeeder(Repo.Set, c => new CaseService(service.Store, service.Runtime, service.Packages, c)).SeedAsync(120, clock.GetUtcNow());

        Assert.Equal(120, made);
        var all = (await service.Store.SearchAsync(new CaseQuery(PageSize: 500))).Items;
        Assert.Equal(120, all.Count);
        var statuses = all.Select(c => c.Status).Distinct().ToList();
        foreach (var s in new[] { CaseStatus.Reported, CaseStatus.Dispatched, CaseStatus.Handling, CaseStatus.Verifying, CaseStatus.Closed, CaseStatus.Archived })
            Assert.Contains(s, statuses);
        Assert.True(all.Select(c => c.Channel).Distinct().Count() >= 4);
        Assert.True(all.Select(c => c.CountyCode).Distinct().Count() == 5);
        Assert.All(all, c => Assert.True(c.ReportedAt < clock.GetUtcNow()));
        // Reporters have mainland mobile numbers (1[3-9] and nine digits), as the masking and call-back screens expect.
        Assert.All(all.Where(c => c.Reporter.Phone is not null), c => Assert.Matches(@"^1[3-9]\d{9}$", c.Reporter.Phone!));
        // Names in Chinese order without a space (王秀英, 欧阳建华, 李先生); descriptions as residents write them, rarely twice the same.
        Assert.All(all, c => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,4}$", c.Reporter.Name!));
        Assert.True(all.Select(c => c.Description).Distinct().Count() >= all.Count * 9 / 10, "descriptions repeat");
        Assert.All(all, c => Assert.DoesNotContain("{", c.Description + c.Place.Address));
        // Each case's point lies in its own grid: the server would file it there.
        Assert.All(all, c => Assert.Equal(c.Place.GridCode, Repo.Set.Places.GridAt(new Core.Geography.GeoPoint(c.Place.Latitude!.Value, c.Place.Longitude!.Value))));
    }
}
