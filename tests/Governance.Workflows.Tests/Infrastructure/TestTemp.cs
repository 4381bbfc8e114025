namespace Governance.Workflows.Tests.Infrastructure;

/// <summary>One temp folder per test run for SQLite files, flow files and markers; removed when the run ends.</summary>
public static class TestTemp
{
    static readonly Lazy<string> Root = new(() =>
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"gov-tests-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40])).FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return dir;
    });

    public static string File(string prefix, string extension = "") => Path.Combine(Root.Value, prefix + Guid.NewGuid().ToString("N")[..12] + extension);

    public static string Folder(string prefix) => Directory.CreateDirectory(File(prefix)).FullName;
}
