using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Governance.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb and pg_ctl on a free port in a temp folder, run through a non-root
/// user when the tests run as root. Self-contained (no xUnit) so the benchmark and a shared test-support
/// project can use it as is. Missing binaries are an error, never a silent skip.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    const string OsUser = "postgres";
    readonly string binDir;
    readonly string root;
    readonly bool asOtherUser;

    public int Port { get; }
    public string DataDir => Path.Combine(root, "data");

    PostgresCluster(string binDir, string root, int port, bool asOtherUser)
    {
        this.binDir = binDir;
        this.root = root;
        Port = port;
        this.asOtherUser = asOtherUser;
    }

    public static async Task<PostgresCluster> StartAsync(bool fsync = false)
    {
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin or on PATH. " +
            "Install PostgreSQL (Debian: apt-get install postgresql) — the PostgreSQL tests cannot run without it.");
        var isRoot = Environment.UserName == "root";
        if (isRoot && Run("id", ["-u", OsUser], throwOnError: false).ExitCode != 0)
            Run("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OsUser]);
        var root = Path.Combine(Path.GetTempPath(), "gov-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        if (isRoot) Run("chown", ["-R", OsUser, root]);
        var cluster = new PostgresCluster(bin, root, FreePort(), isRoot);
        cluster.Pg("initdb", "-D", cluster.DataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var settings = $"-p {cluster.Port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB" +
            (fsync ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        cluster.Pg("pg_ctl", "-D", cluster.DataDir, "-o", settings, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start");
        await using var probe = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await probe.OpenAsync();
        return cluster;
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=100;Include Error Detail=true";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N")[..16];
        await using var c = new NpgsqlConnection(ConnectionString("postgres"));
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { Pg("pg_ctl", "-D", DataDir, "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { /* already stopped */ }
        await Task.Run(() => { try { Directory.Delete(root, recursive: true); } catch (IOException) { } });
    }

    void Pg(string tool, params string[] args)
    {
        var exe = Path.Combine(binDir, tool);
        if (asOtherUser) Run("runuser", ["-u", OsUser, "--", exe, .. args]);
        else Run(exe, args);
    }

    static (int ExitCode, string Output) Run(string file, string[] args, bool throwOnError = true)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var output = stdout.Result + stderr;
        if (throwOnError && p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {output}");
        return (p.ExitCode, output);
    }

    static string? FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => Path.Combine(d, "bin"))
            : [];
        foreach (var dir in candidates.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')))
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"))) return dir;
        return null;
    }

    static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
