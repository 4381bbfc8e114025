using Governance.Storage;
using Governance.Server.Hosting;
using Governance.Core.Packages;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Governance.Core.Definitions.Model;
using Governance.Security.Tests.Support;
using Governance.Server.Auth;
using Governance.Storage.Cases;
using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Security.Tests.Defects;

/// <summary>
/// Defect 4: a cookie replayed after logout and the bearer token of a user disabled in the database still worked.
/// Defect 3's timing half: an unknown username was refused in a fraction of the time a known one took.
/// </summary>
public abstract class SessionTests(ScenarioServer server) : DefectTests(server)
{
    [Fact]
    public async Task Defect04_a_cookie_replayed_after_logout_is_refused()
    {
        // The cookie as an attacker would copy it from a shared computer.
        var browser = Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await browser.PostAsJsonAsync("/api/auth/login", new { username = "sup-990103", password = SecurityFactory.Password });
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/logout", null)).StatusCode);

        var replay = Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        var r = await replay.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal("AUTH-SESSION-ENDED", (string?)(await r.Json())["code"]);
        Assert.Contains("重新登录", (string?)(await r.Json())["detail"]);
    }

    [Fact]
    public async Task Defect04_the_bearer_token_of_a_user_disabled_in_the_database_stops_working_within_seconds()
    {
        var token = await Api.Token("gw-990103001001001");
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode);
        await using (var db = Database.Open(Api))
            await db.Set<UserRecord>().Where(u => u.Username == "gw-990103001001001").ExecuteUpdateAsync(s => s.SetProperty(u => u.Disabled, true));
        var since = Stopwatch.StartNew();
        HttpStatusCode status;
        do status = (await client.GetAsync("/api/tasks")).StatusCode;
        while (status == HttpStatusCode.OK && since.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(since.Elapsed < TimeSpan.FromSeconds(3), $"still accepted {since.Elapsed.TotalSeconds:0.0} s after the user was disabled");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { username = "gw-990103001001001", password = SecurityFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task Defect04_a_password_change_ends_every_session_of_the_user_at_once()
    {
        var desk = await Api.As("gw-990103001001002");
        var phone = await Api.As("gw-990103001001002");
        var weak = await desk.PostAsJsonAsync("/api/auth/password", new { currentPassword = SecurityFactory.Password, newPassword = "short" });
        Assert.Equal("AUTH-PASSWORD-WEAK", (string?)(await weak.Json())["code"]);
        Assert.Equal(HttpStatusCode.NoContent,
            (await desk.PostAsJsonAsync("/api/auth/password", new { currentPassword = SecurityFactory.Password, newPassword = "Changed2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await desk.GetAsync("/api/auth/me")).StatusCode);
        var again = Api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsJsonAsync("/api/auth/login", new { username = "gw-990103001001002", password = "Changed2026" })).StatusCode);
    }

    [Fact]
    public async Task Defect04_a_change_of_role_or_scope_by_an_administrator_ends_the_users_sessions_and_is_audited()
    {
        // Who someone is and where they work is package data: the city administrator moves a grid worker to the next
        // grid by publishing users/users.json; the sessions that carry the old scope end at once.
        var user = await Api.As("gw-990103001002001");
        var admin = await Api.As("admin");
        var doc = (await admin.GetAsync("/api/admin/packages/990100/documents/users/users.json?draft=true").Ok())["content"]!;
        var entry = doc["users"]!.AsArray().First(u => (string?)u!["username"] == "gw-990103001002001")!;
        entry["unit"] = "990103001002002";
        (await admin.PutAsync("/api/admin/packages/990100/drafts/users/users.json",
            new StringContent(doc.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        await admin.PostAsJsonAsync("/api/admin/packages/990100/publish", new { comment = "网格调整" }).Ok();
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/tasks")).StatusCode);
        var again = await Api.As("gw-990103001002001");
        Assert.Equal("990103001002002", (string?)(await again.GetAsync("/api/auth/me").Ok())["unit"]);

        // Disabling ends sessions too; a county administrator does it only to its own county's people, and it is audited.
        var county = await Api.As("admin-990103");
        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostAsync("/api/admin/users/gw-990102001001002/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await county.PostAsync("/api/admin/users/gw-990103001002001/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("/api/tasks")).StatusCode);
        var line = (await county.GetAsync("/api/admin/audit?kind=user-changed&target=gw-990103001002001").Ok())["items"]![0]!;
        Assert.Equal("admin-990103", (string?)line["actor"]);
        Assert.Equal("disabled", (string?)line["detail"]);
        Assert.Equal(HttpStatusCode.NoContent, (await county.PostAsync("/api/admin/users/gw-990103001002001/enable", null)).StatusCode);
    }

    [Fact]
    public async Task Defect03_an_unknown_username_takes_as_long_to_refuse_as_a_wrong_password()
    {
        // Hashing slow enough to dominate the measurement, as in production (100,000 iterations).
        var storage = StorageOptions.Parse(Api.Storage, RepoFiles.Definitions);
        var users = new UserStore(storage, new GovernanceOptions { PasswordIterations = 100_000 });
        // A user of the package, stored again with the slow hash (its password as defined).
        var set = DefinitionLoader.Load(RepoFiles.Definitions);
        var probe = set.Definitions!.AllUsers().First(u => u.Username == "sup-990121");
        await Database.ExecuteAsync(Api, "DELETE FROM users WHERE username = 'sup-990121'");
        await users.SyncAsync([probe]);
        async Task<double> Time(string username)
        {
            var sw = Stopwatch.StartNew();
            Assert.Null(await users.VerifyAsync(username, "wrong-password", set));
            return sw.Elapsed.TotalMilliseconds;
        }
        await Time("sup-990121"); await Time("no-such-user"); // warm up
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 7; i++) { known.Add(await Time("sup-990121")); unknown.Add(await Time("no-such-user")); }
        var ratio = Median(unknown) / Median(known);
        Assert.True(ratio is > 0.5 and < 2, $"unknown {Median(unknown):0.0} ms, known {Median(known):0.0} ms");
    }

    static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
}

[Collection(SqliteCollection.Name)]
public sealed class SessionOnSqlite(SqliteScenario server) : SessionTests(server);

[Collection(PostgresCollection.Name)]
public sealed class SessionOnPostgres(PostgresScenario server) : SessionTests(server);
