using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Core.Messages;
using Governance.Core.Workflows.Runtime;
using Governance.Core.Workflows.Serialization;
using Governance.Storage;
using Governance.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Cli.Commands;

/// <summary>
/// Runs a workflow definition to its first wait or its end on a fresh embedded store, prints every WriteLine
/// on its own line, then the status: Finished with the outcome, Faulted with code and message, or Suspended
/// with the bookmarks it waits on.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    public string Name => "run";
    public string Usage => "run <definition.json> [--input name=value …] [--plugins <folder>]";

    public int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.Expect(1, "input", "plugins");
        if (args.Positional.Count != 1) throw new UsageException(Text.Format("CLI-RUN-FILE-REQUIRED"));
        var inputs = ParseInputs(args.Options("input"));
        var file = args.Positional[0];
        if (!File.Exists(file))
        {
            error.WriteLine("WF-FILE-NOT-FOUND: " + Text.Format("WF-FILE-NOT-FOUND", file));
            return CommandLine.Failed;
        }
        return RunAsync(file, inputs, args.Option("plugins"), output, error).GetAwaiter().GetResult();
    }

    static async Task<int> RunAsync(string file, Dictionary<string, JsonNode?> inputs, string? plugins, TextWriter output, TextWriter error)
    {
        Core.Workflows.Model.WorkflowDefinition definition;
        try { definition = ElsaJsonReader.Read(await File.ReadAllTextAsync(file)); }
        catch (WorkflowImportException e)
        {
            error.WriteLine($"{file}: {e.Message}");
            return CommandLine.Failed;
        }

        var database = Path.Combine(Path.GetTempPath(), $"governance-run-{Guid.NewGuid():N}.db");
        try
        {
            // A flow run from the command line may call out over HTTP: one client, with the default bounds.
            using var http = new HttpClient();
            await using var services = new ServiceCollection().AddGovernanceCore(o => o.Plugins = plugins)
                .AddGovernanceStorage(StorageOptions.Sqlite(database)).AddSingleton(http).BuildServiceProvider();
            await services.MigrateGovernanceAsync();
            var runtime = services.GetRequiredService<WorkflowRuntime>();
            foreach (var failed in services.Plugins().Where(p => p.Error is not null)) error.WriteLine(failed.Error);
            var (published, errors) = await runtime.PublishAsync(definition);
            if (published is null)
            {
                foreach (var e in errors) error.WriteLine($"{file}: {e}");
                return CommandLine.Failed;
            }
            var run = await runtime.StartAsync(published.DefinitionId, new StartOptions(inputs));
            foreach (var line in run.Lines) output.WriteLine(line);
            output.WriteLine(Status(run));
            return run.Status == InstanceStatus.Faulted ? CommandLine.Failed : CommandLine.Ok;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { database, database + "-wal", database + "-shm" }) File.Delete(f);
        }
    }

    static string Status(RunResult run) => run.Status switch
    {
        InstanceStatus.Finished => "status: Finished" + (run.Outcomes.Count > 0 ? " outcome: " + string.Join(", ", run.Outcomes) : ""),
        InstanceStatus.Faulted => $"status: Faulted {run.Fault!.Code}: {run.Fault.Message}",
        _ => "status: Suspended waiting on: " + string.Join("; ", run.Bookmarks.Select(b =>
            b.Name + (b.Key is null ? "" : $" \"{b.Key}\"") + (b.DueAt is { } due ? $" due {due.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}" : "") + $" (bookmark {b.Id})")),
    };

    static Dictionary<string, JsonNode?> ParseInputs(IReadOnlyList<string> pairs)
    {
        var inputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new UsageException(Text.Format("CLI-RUN-INPUT", pair));
            var value = pair[(eq + 1)..];
            // A value that reads as JSON (42, true, {"a":1}) is passed as such; anything else is a string.
            JsonNode? node;
            try { node = value.Length > 0 && (char.IsDigit(value[0]) || value[0] is '-' or '{' or '[' or '"' || value is "true" or "false" or "null") ? JsonNode.Parse(value) : JsonValue.Create(value); }
            catch (JsonException) { node = JsonValue.Create(value); }
            inputs[pair[..eq]] = node;
        }
        return inputs;
    }
}
