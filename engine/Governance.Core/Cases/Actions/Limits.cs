using System.Text.Json.Nodes;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Cases.Actions;

/// <summary>Time limits as an action carries them: {amount, unit} in data, and the names of the units.</summary>
internal static class Limits
{
    public static string Code(TimeUnit unit) => unit.ToString().ToLowerInvariant();

    public static string Name(TimeUnit unit) => Text.Format("VALUE-UNIT-" + unit.ToString().ToUpperInvariant());

    public static TimeLimit Read(JsonObject? data)
    {
        var amount = data?["amount"]?.GetValue<int>() ?? 0;
        if (amount <= 0 || !Enum.TryParse<TimeUnit>(data?["unit"]?.GetValue<string>(), true, out var unit))
            throw new CaseException("CASE-FIELD-INVALID", 400, "data.amount/data.unit", Text.Format("CASE-LIMIT-EXPECTED")) { Field = "data.amount" };
        return new TimeLimit(amount, unit);
    }
}
