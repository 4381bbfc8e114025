using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Messages;

namespace Governance.Cli.Commands;

/// <summary>What the definition-reading commands share: the --definitions option and JSON output.</summary>
internal static class Definitions
{
    public const string Option = "definitions";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>What the tool checks beyond the documents: the case loop the server runs must be there.</summary>
    public static readonly PackageLoadOptions LoadOptions = new() { RequiredWorkflows = [Core.Cases.Services.CaseService.LoopDefinitionId] };

    /// <summary>Loads the package named by --definitions (default: definitions); prints its errors and returns null when it is invalid.</summary>
    public static DefinitionSet? Load(CliArguments args, TextWriter error)
    {
        var dir = args.Option(Option) ?? "definitions";
        var set = DefinitionLoader.Load(dir, LoadOptions);
        if (set.IsValid) return set;
        foreach (var e in set.Problems.Errors) error.WriteLine(e);
        error.WriteLine(Text.Format("CLI-DEFINITIONS-INVALID", dir, set.Problems.Errors.Count()));
        return null;
    }
}
