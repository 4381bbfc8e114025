using System.Diagnostics;
using System.Text.Json.Nodes;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Parity;

/// <summary>
/// Compiles designer/src/forms with the TypeScript compiler the designer installs, runs every parity case (forms and
/// single expressions) through it under node, and keeps the results. Done once per test run.
/// </summary>
public static class BrowserRun
{
    public static string CasesFile => Path.Combine(AppContext.BaseDirectory, "Parity", "cases.json");
    public static string ExpressionsFile => Path.Combine(AppContext.BaseDirectory, "Parity", "expressions.json");

    static readonly Lazy<JsonObject> output = new(Run);
    public static JsonObject Output => output.Value;

    static JsonObject Run()
    {
        var designer = Path.Combine(TestForms.Root, "designer");
        var tsc = Path.Combine(designer, "node_modules", "typescript", "bin", "tsc");
        if (!File.Exists(tsc))
            throw new InvalidOperationException($"{tsc} is missing: run `npm ci` in designer/ (tests/run.sh does) before the parity test");
        var work = Path.Combine(Path.GetTempPath(), "gov-forms-parity-" + Guid.NewGuid().ToString("N"));
        try
        {
            Node(tsc, Path.Combine(designer, "src", "forms", "index.ts"), "--outDir", work, "--module", "commonjs", "--target", "ES2022",
                "--moduleResolution", "node", "--strict", "--skipLibCheck");
            var result = Path.Combine(work, "results.json");
            Node(Path.Combine(AppContext.BaseDirectory, "Parity", "run-browser.cjs"), work, CasesFile,
                Path.Combine(TestForms.Definitions, "forms"), ExpressionsFile, result);
            return JsonNode.Parse(File.ReadAllText(result))!.AsObject();
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    static void Node(params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) { process.Kill(entireProcessTree: true); throw new TimeoutException("node " + string.Join(' ', args)); }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
    }
}
