using System.Net;
using System.Net.Http.Json;
using Governance.Core.Cases.Disclosure;
using Governance.Security.Tests.Support;

namespace Governance.Security.Tests.Defects;

/// <summary>
/// Defects 2, 3 and 12: the public tracking page could be brute-forced, logins were neither throttled nor locked, and a
/// 429 said nothing of when to try again. Each test runs on a fresh server with the shipped limits.
/// </summary>
public abstract class ThrottleTests(ScenarioServer server) : DefectTests(server)
{
    [Fact]
    public async Task Defect02_guessing_the_phone_of_a_case_closes_the_number_to_lookups_with_429_and_Retry_After()
    {
        var api = await Server.TightAsync();
        var (_, _, number) = await Reported(api);
        var prober = await api.As(null, "10.0.0.1");
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await prober.GetAsync($"/api/public/cases/{number}?phone=1380000{i:0000}")).StatusCode);
        var closed = await prober.GetAsync($"/api/public/cases/{number}?phone=13800009999");
        await AssertTooMany(closed, "THROTTLE-TRACK-NUMBER");
        // Closed for everyone, the right phone too: another address gains nothing.
        var other = await api.As(null, "10.0.0.2");
        Assert.Equal((HttpStatusCode)429, (await other.GetAsync($"/api/public/cases/{number}?phone=13000001111")).StatusCode);
        // Once the window has passed, the reporter finds the case again.
        api.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/public/cases/{number}?phone=13000001111")).StatusCode);
        // What staff see of a phone leaves seven digits to guess, not four.
        Assert.Equal("*******1111", Masking.Phone("13000001111"));
    }

    [Fact]
    public async Task Defect02_one_address_looking_up_many_numbers_is_limited_too()
    {
        var api = await Server.TightAsync(); // 8 lookups an address
        var prober = await api.As(null, "10.0.1.1");
        for (var i = 0; i < 8; i++) await prober.GetAsync($"/api/public/cases/990102-20260309-{i:0000}?phone=13800000000");
        await AssertTooMany(await prober.GetAsync("/api/public/cases/990102-20260309-0099?phone=13800000000"), "THROTTLE-TRACK-ADDRESS");
        Assert.Equal(HttpStatusCode.NotFound, (await (await api.As(null, "10.0.1.2")).GetAsync("/api/public/cases/990102-20260309-0099?phone=1")).StatusCode);
    }

    [Fact]
    public async Task Defect03_an_account_is_locked_after_five_failures_whichever_address_tries_and_the_failures_are_audited()
    {
        var api = await Server.TightAsync();
        var a = await api.As(null, "10.0.2.1");
        for (var i = 0; i < 5; i++)
        {
            var r = await a.PostAsJsonAsync("/api/auth/login", new { username = "sup-990104", password = "wrong-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Equal("用户名或密码错误", (string?)(await r.Json())["detail"]);
        }
        var b = await api.As(null, "10.0.2.2");
        var locked = await b.PostAsJsonAsync("/api/auth/login", new { username = "sup-990104", password = SecurityFactory.Password });
        await AssertTooMany(locked, "THROTTLE-LOGIN-ACCOUNT");
        Assert.Contains("锁定", (string?)(await locked.Json())["detail"]);
        api.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await b.PostAsJsonAsync("/api/auth/login", new { username = "sup-990104", password = SecurityFactory.Password })).StatusCode);

        var audit = await (await api.As("admin")).GetAsync("/api/admin/audit?kind=login-failed&actor=sup-990104").Ok();
        Assert.Equal(5, audit["total"]!.GetValue<int>());
        Assert.All(audit["items"]!.AsArray(), l => Assert.Equal("10.0.2.1", (string?)l!["address"]));
        var lockedLines = await (await api.As("admin")).GetAsync("/api/admin/audit?kind=login-locked&actor=sup-990104").Ok();
        Assert.Equal("10.0.2.2", (string?)lockedLines["items"]![0]!["address"]);
    }

    [Fact]
    public async Task Defect03_one_address_failing_on_many_accounts_is_stopped_and_unknown_users_are_counted_like_known_ones()
    {
        var api = await Server.TightAsync(); // 6 failures an address
        var c = await api.As(null, "10.0.3.1");
        for (var i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await c.PostAsJsonAsync("/api/auth/login", new { username = $"nobody-{i}", password = "x" })).StatusCode);
        await AssertTooMany(await c.PostAsJsonAsync("/api/auth/login", new { username = "op-990105", password = SecurityFactory.Password }), "THROTTLE-LOGIN-ADDRESS");
        // An unknown username is locked after the same failures as a real one: the lock tells nothing either.
        var d = await api.As(null, "10.0.3.2");
        for (var i = 0; i < 5; i++) await d.PostAsJsonAsync("/api/auth/login", new { username = "nobody-at-all", password = "x" });
        Assert.Equal((HttpStatusCode)429, (await d.PostAsJsonAsync("/api/auth/login", new { username = "nobody-at-all", password = "x" })).StatusCode);
    }

    [Fact]
    public async Task Defect12_anonymous_submissions_beyond_the_limit_get_429_with_Retry_After_in_Chinese()
    {
        var api = await Server.TightAsync(); // 2 anonymous submissions a minute
        var citizen = await api.As(null, "10.0.4.1");
        for (var i = 0; i < 2; i++) await citizen.PostAsJsonAsync("/api/cases", Intake("web")).Ok();
        var refused = await citizen.PostAsJsonAsync("/api/cases", Intake("web"));
        await AssertTooMany(refused, "THROTTLE-PUBLIC");
        Assert.Contains("每分钟最多 2 次", (string?)(await refused.Json())["detail"]);
        // Staff are accountable by their sign-in and not limited by address.
        await (await api.As("op-990102", "10.0.4.1")).PostAsJsonAsync("/api/cases", Intake()).Ok();
    }

    static async Task AssertTooMany(HttpResponseMessage r, string code)
    {
        Assert.Equal((HttpStatusCode)429, r.StatusCode);
        var seconds = int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 3600);
        var problem = await r.Json();
        Assert.Equal(code, (string?)problem["code"]);
        Assert.Contains(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)problem["detail"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ThrottleOnSqlite(SqliteScenario server) : ThrottleTests(server);

[Collection(PostgresCollection.Name)]
public sealed class ThrottleOnPostgres(PostgresScenario server) : ThrottleTests(server);
