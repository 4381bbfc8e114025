using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Reports.Building;
using Governance.Core.Reports.Collection;

namespace Governance.Reports.Tests;

/// <summary>Collection once per period, end to end on the database: fill, submit, review, lock, correct; every change journaled.</summary>
public class CollectionTests(SqliteDatabase db) : IClassFixture<SqliteDatabase>
{
    public const string Community = "990102001001", Street = "990102001";
    static readonly ReportPeriod October = new(2026, 10);

    public static Actor User(string username)
    {
        var u = SeededDatabase.Set.City!.Users.Single(x => x.Username == username);
        return new Actor(u.Username, u.Name, u.Role, u.Unit, u.Department);
    }

    CollectionService Service() => new(SeededDatabase.Set.Reports, SeededDatabase.Set.City!, db.Collections, db.Aggregates, TimeProvider.System);

    /// <summary>Every manual element of the sheet filled with a value its rules accept: population 100 = 60 + 40, what is filled kept, the rest 0.</summary>
    public static JsonObject Complete(CollectionView view)
    {
        var data = new JsonObject();
        foreach (var (code, value) in view.Data.Where(p => SeededDatabase.Set.Reports.Element(p.Key)!.IsManual)) data[code] = value?.DeepClone() ?? 0;
        data["RK002"] = 100; data["RK003"] = 60; data["RK004"] = 40;
        return data;
    }

    [Fact]
    public async Task A_community_fills_once_the_street_approves_and_a_correction_is_a_new_revision_with_a_reason()
    {
        var service = Service();
        var statistician = User("tj-" + Community);
        var sheet = await service.OpenAsync(statistician, Community, October);
        Assert.False(sheet.Stored);
        Assert.Equal(["save", "submit", "import"], sheet.Actions);
        Assert.True(sheet.ManualCount > 150 && sheet.DerivedCount > 100, $"{sheet.ManualCount} manual, {sheet.DerivedCount} derived");

        var refused = await Assert.ThrowsAsync<CollectionValidationException>(() =>
            service.SaveAsync(statistician, Community, October, new JsonObject { ["RK001"] = -5, ["RK003"] = 1.5 }, null, submit: false));
        Assert.Contains(refused.Errors, e => e.Path == "RK001" && e.Code == "FORM-MIN");
        Assert.Contains(refused.Errors, e => e.Path == "RK003" && e.Code == "FORM-INTEGER");

        sheet = await service.SaveAsync(statistician, Community, October, new JsonObject { ["RK001"] = 35 }, null, submit: false);
        Assert.Equal(CollectionState.Draft, sheet.State);
        var incomplete = await Assert.ThrowsAsync<CollectionValidationException>(() => service.SaveAsync(statistician, Community, October, new JsonObject(), sheet.Version, submit: true));
        Assert.Contains(incomplete.Errors, e => e.Path == "RK002" && e.Code == "FORM-REQUIRED");

        var wrongSum = Complete(sheet);
        wrongSum["RK004"] = 41;
        var rule = await Assert.ThrowsAsync<CollectionValidationException>(() => service.SaveAsync(statistician, Community, October, wrongSum, sheet.Version, submit: true));
        Assert.Contains(rule.Errors, e => e.Path == "RK002" && e.Message.Contains("之和"));

        sheet = await service.SaveAsync(statistician, Community, October, Complete(sheet), sheet.Version, submit: true);
        Assert.Equal(CollectionState.Submitted, sheet.State);
        Assert.Empty(sheet.Actions);
        var locked = await Assert.ThrowsAsync<CollectionException>(() => service.SaveAsync(statistician, Community, October, new JsonObject { ["RK001"] = 36 }, sheet.Version, false));
        Assert.Equal("COLLECT-STATE", locked.Code);

        await Assert.ThrowsAsync<CollectionException>(() => service.ReviewAsync(User("tj-990102001002"), Community, October, true, null));
        var street = User("tj-" + Street);
        Assert.Contains("approve", (await service.OpenAsync(street, Community, October)).Actions);
        sheet = await service.ReviewAsync(street, Community, October, approve: true, "数据已核实");
        Assert.Equal(CollectionState.Approved, sheet.State);
        Assert.Equal(["correct"], (await service.OpenAsync(statistician, Community, October)).Actions);

        await Assert.ThrowsAsync<CollectionException>(() => service.CorrectAsync(statistician, Community, October, " "));
        sheet = await service.CorrectAsync(statistician, Community, October, "户籍户数漏统计一个小区");
        Assert.Equal((2, CollectionState.Draft), (sheet.Revision, sheet.State));
        Assert.True(35m == CollectionForm.Number(sheet.Data["RK001"]), $"RK001 {sheet.Data["RK001"]?.ToJsonString()} {sheet.Data["RK001"]?.GetType()} {sheet.Data["RK002"]?.ToJsonString()}");
        Assert.Equal(["save", "submit", "approve", "correct"], sheet.Journal.Select(j => j.Action));
        Assert.Contains(sheet.Journal, j => j.Action == "save" && j.ChangesJson!.Contains("\"RK001\":[null,35]"));
        Assert.Equal("户籍户数漏统计一个小区", sheet.Journal[^1].Comment);

        // Reports read the approved revision while the correction is a draft.
        var report = await db.Builder().BuildAsync(SeededDatabase.Set.Reports.Report("population-monthly")!, SeededDatabase.Set.City!.Org.Find(Street)!, October);
        Assert.Equal(100m, report.Value(Community, "RK002"));
        Assert.Equal(35m, report.Value(Community, "RK001"));

        // Next month starts from this month's values.
        var november = await service.OpenAsync(statistician, Community, October.AddMonths(1));
        Assert.Equal(("2026-10", 35m), (november.PrefilledFrom, CollectionForm.Number(november.Data["RK001"])));
    }

    [Fact]
    public async Task Only_the_units_own_staff_fill_and_only_its_street_reviews()
    {
        var service = Service();
        var other = await Assert.ThrowsAsync<CollectionException>(() => service.SaveAsync(User("tj-990102001002"), Community, October, new JsonObject(), null, false));
        Assert.Equal(403, other.Status);
        var grid = await Assert.ThrowsAsync<CollectionException>(() => service.OpenAsync(User("gw-990102001001001"), Community, October));
        Assert.Equal(403, grid.Status);
        var center = await service.OpenAsync(User("op-990102"), Community, October);
        Assert.DoesNotContain("save", center.Actions);
    }
}
