using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Governance.TestSupport;

/// <summary>
/// The built Governance.Server.dll as a child process on a free port — the product as it runs, not an in-process
/// host. On a fresh SQLite file unless given a storage setting (several processes on one PostgreSQL database).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder log = new();
    readonly string dataDir;

    public Uri BaseUri { get; }
    public string Log { get { lock (log) return log.ToString(); } }

    ServerProcess(Process process, Uri baseUri, string dataDir)
    {
        this.process = process;
        BaseUri = baseUri;
        this.dataDir = dataDir;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The configuration this test run was built in; the server is taken from the same one.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <param name="storage">A Governance:Storage setting; a fresh SQLite file when null.</param>
    /// <param name="settings">More settings, as Governance__Name environment variables.</param>
    /// <param name="demoCases">Demo cases to seed on start (the command center's pages want a city that looks lived in).</param>
    public static async Task<ServerProcess> StartAsync(string? storage = null, IReadOnlyDictionary<string, string>? settings = null, int demoCases = 0)
    {
        var root = RepoFiles.Root;
        var dll = Path.Combine(root, "engine", "Governance.Server", "bin", Configuration, "net10.0", "Governance.Server.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build the solution first");

        var dataDir = Directory.CreateTempSubdirectory("governance-server-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "--urls", $"http://127.0.0.1:{port}" }) info.ArgumentList.Add(a);
        info.Environment["Governance__Storage"] = storage ?? "sqlite:" + Path.Combine(dataDir, "governance.db");
        info.Environment["Governance__DemoCases"] = demoCases.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["Governance__PasswordIterations"] = "1000";
        info.Environment["Governance__Definitions"] = Path.Combine(root, "definitions");
        info.Environment["Governance__Designer"] = Path.Combine(root, "designer");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) info.Environment["Governance__" + name] = value;
        var server = new ServerProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}/"), dataDir);
        await server.WaitUntilReadyAsync(demoCases > 0 ? 300 : 180);
        return server;
    }

    async Task WaitUntilReadyAsync(int seconds)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}:\n{Log}");
            try
            {
                var r = await http.GetAsync("api/definitions/summary");
                if (r.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the server did not answer within {seconds} s:\n{Log}");
    }

    static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
    }
}
