using System.Globalization;
using System.Text.Json.Nodes;

namespace Governance.Core.Expressions;

/// <summary>Numbers in JSON values, for scripts, templates and the workflow runtime alike.</summary>
public static class JsonNumbers
{
    /// <summary>Reads a JSON number whatever CLR type backs it (parsed JSON, long, int, decimal).</summary>
    public static double Number(JsonValue v) =>
        v.TryGetValue<double>(out var d) ? d
        : v.TryGetValue<long>(out var l) ? l
        : v.TryGetValue<int>(out var i) ? i
        : v.TryGetValue<decimal>(out var m) ? (double)m
        : v.TryGetValue<float>(out var f) ? f
        : double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);
}
