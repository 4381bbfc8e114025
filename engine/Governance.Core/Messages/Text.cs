using System.Globalization;

namespace Governance.Core.Messages;

/// <summary>
/// The one message catalog for everything a user reads from the engine: an English code for
/// machines and logs, a zh-CN text for people. Add an entry here rather than writing Chinese
/// text anywhere else in the engine.
/// </summary>
public static partial class Text
{
    // Each area keeps its entries in its own partial file; list it here.
    static readonly Dictionary<string, string> ZhCn = Merge(DefinitionMessages, CaseMessages, FormMessages, ExpressionMessages, TermMessages, WorkflowMessages,
        ElsaMessages, ServerMessages, CliMessages, ReportMessages, IntakeMessages, PackageMessages, ActionMessages, SecurityMessages, CommandMessages,
        PlaceMessages, PublicMessages, IntegrationMessages, WorkspaceMessages);

    static Dictionary<string, string> Merge(params Dictionary<string, string>[] parts)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
            foreach (var (code, text) in part)
                if (!all.TryAdd(code, text)) throw new InvalidOperationException($"message code {code} is defined twice");
        return all;
    }

    /// <summary>Formats the zh-CN text of <paramref name="code"/> with its arguments.</summary>
    public static string Format(string code, params object?[] args)
    {
        if (!ZhCn.TryGetValue(code, out var template))
            throw new KeyNotFoundException($"message code {code} is not in the catalog");
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    public static bool Contains(string code) => ZhCn.ContainsKey(code);

    public static IReadOnlyDictionary<string, string> All => ZhCn;
}
