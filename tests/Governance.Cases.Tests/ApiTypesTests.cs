using System.Diagnostics;

namespace Governance.Cases.Tests;

/// <summary>
/// designer/src/api/types.ts is generated from the server's OpenAPI document by openapi-typescript: the browser's
/// types are the server's answers, never a hand-kept copy. This fails when the committed file is stale; to
/// regenerate it run this test with UPDATE_API_TYPES=1.
/// </summary>
public class ApiTypesTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    static readonly string Designer = Path.Combine(Repo.Root, "designer");
    static readonly string Committed = Path.Combine(Designer, "src", "api", "types.ts");

    [Fact]
    public async Task The_browsers_api_types_are_generated_from_the_current_openapi_document()
    {
        var document = await (await server.Factory.CreateClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        var dir = Directory.CreateTempSubdirectory("gov-openapi-").FullName;
        var json = Path.Combine(dir, "openapi.json");
        var generated = Path.Combine(dir, "types.ts");
        await File.WriteAllTextAsync(json, document);
        var cli = Path.Combine(Designer, "node_modules", "openapi-typescript", "bin", "cli.js");
        if (!File.Exists(cli)) throw new InvalidOperationException($"{cli} is missing: run `npm ci` in designer/ (tests/run.sh does)");
        var run = Process.Start(new ProcessStartInfo("node", [cli, json, "--output", generated]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await run.StandardOutput.ReadToEndAsync() + await run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        Assert.True(run.ExitCode == 0, output);

        var fresh = Header + await File.ReadAllTextAsync(generated);
        if (Environment.GetEnvironmentVariable("UPDATE_API_TYPES") == "1") await File.WriteAllTextAsync(Committed, fresh);
        var committed = File.Exists(Committed) ? await File.ReadAllTextAsync(Committed) : "";
        Assert.True(committed == fresh, "designer/src/api/types.ts is stale: run `UPDATE_API_TYPES=1 dotnet test tests/Governance.Cases.Tests --filter ApiTypes` and commit it");
    }

    const string Header = "// Generated from the server's OpenAPI document by openapi-typescript: do not edit.\n"
        + "// Regenerate: UPDATE_API_TYPES=1 dotnet test tests/Governance.Cases.Tests --filter ApiTypes\n";
}
