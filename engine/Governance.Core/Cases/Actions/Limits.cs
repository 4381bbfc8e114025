using Governance.Core.Input;
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

    /// <summary>The most an extension may ask for, in any unit: a year of working days is beyond any time limit.</summary>
    public const int MaxExtension = 1000;

    public static TimeLimit Read(JsonObject? data)
    {
        var amount = JsonInput.Integer(data, "amount", "data.amount", 1, MaxExtension) ?? 0;
        if (amount <= 0 || Codes.Parse<TimeUnit>(JsonInput.String(data, "unit", "data.unit")) is not { } unit)
            throw new CaseException("CASE-FIELD-INVALID", 400, "data.amount/data.unit", Text.Format("CASE-LIMIT-EXPECTED")) { Field = "data.amount" };
        return new TimeLimit(amount, unit);
    }
}
