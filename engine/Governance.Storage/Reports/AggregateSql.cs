using System.Data.Common;
using System.Text;
using Governance.Core.Cases.Model;
using Governance.Core.Reports.Model;
using Governance.Core.Reports.Queries;

namespace Governance.Storage.Reports;

/// <summary>
/// Builds one statement for a whole <see cref="AggregateRequest"/>: one scan of the period's cases in the place,
/// each query a pair of conditional sums (numerator, denominator) per group. Every value from a definition is a
/// parameter; only column names and the group length are written into the text.
/// </summary>
internal sealed class AggregateSql(SqlDialect dialect, DbCommand command)
{
    readonly StringBuilder sql = new();
    int parameterCount;

    public static void Build(SqlDialect dialect, DbCommand command, AggregateRequest request) => new AggregateSql(dialect, command).Write(request);

    void Write(AggregateRequest request)
    {
        var group = request.Grouping switch
        {
            AggregateGrouping.Category => "category_code",
            AggregateGrouping.Item => "item_code",
            _ => $"substr(grid_code, 1, {request.UnitCodeLength})",
        };
        sql.Append("SELECT ").Append(group).Append(" AS g");
        for (var i = 0; i < request.Queries.Count; i++)
        {
            var (numerator, denominator) = Sums(request.Queries[i].Value);
            sql.Append(",\n  ").Append(numerator).Append(" AS n").Append(i).Append(", ").Append(denominator).Append(" AS d").Append(i);
        }
        sql.Append("\nFROM cases WHERE reported_at_ms >= ").Append(Parameter(request.From.ToUnixTimeMilliseconds()))
            .Append(" AND reported_at_ms < ").Append(Parameter(request.To.ToUnixTimeMilliseconds()))
            .Append(" AND grid_code LIKE ").Append(Parameter(request.PlacePrefix + "%"))
            .Append("\nGROUP BY ").Append(group);
        command.CommandText = sql.ToString();
    }

    (string Numerator, string Denominator) Sums(DerivedQuery q)
    {
        var filter = Condition(q.Filter);
        switch (q.Measure)
        {
            case Measure.Count:
                return ($"SUM(CASE WHEN {filter} THEN 1 ELSE 0 END)", "COUNT(*)");
            case Measure.Sum:
                return ($"SUM(CASE WHEN {filter} THEN COALESCE({Field(q.Field!)}, 0) ELSE 0 END)", "COUNT(*)");
            case Measure.Avg:
                var x = Field(q.Field!);
                return ($"SUM(CASE WHEN {filter} AND {x} IS NOT NULL THEN {x} ELSE 0 END)", $"SUM(CASE WHEN {filter} AND {x} IS NOT NULL THEN 1 ELSE 0 END)");
            default:
                return ($"SUM(CASE WHEN {filter} AND {Condition(q.Numerator!)} THEN 1 ELSE 0 END)", $"SUM(CASE WHEN {filter} THEN 1 ELSE 0 END)");
        }
    }

    string Field(CaseField f) => f.Kind switch
    {
        CaseMeasureField.HandlingHours => dialect.HandlingHours,
        CaseMeasureField.ReopenCount => "reopen_count",
        _ => FormValue(f.Form!, f.Key!, number: true),
    };

    string FormValue(string form, string key, bool number)
    {
        var (f, k, path) = dialect.UsesPath ? ("", "", Parameter($"$.\"{form}\".\"{key}\"")) : (Parameter(form), Parameter(key), "");
        return number ? dialect.FormNumber(f, k, path) : dialect.FormText(f, k, path);
    }

    string Condition(CaseSelection s)
    {
        var parts = new List<string>();
        void In(string column, IReadOnlyList<string> values, Func<string, string>? map = null)
        {
            if (values.Count > 0) parts.Add($"{column} IN ({string.Join(", ", values.Select(v => Parameter((map ?? (x => x))(v))))})");
        }
        In("category_code", s.Categories);
        In("item_code", s.Items);
        // Definitions write the case model's codes in lower case; the store writes the enum names.
        In("status", s.Statuses, v => Enum.Parse<CaseStatus>(v, true).ToString());
        In("channel", s.Channels);
        In("urgency", s.Urgencies);
        In("satisfaction", s.Satisfactions, v => Enum.Parse<Satisfaction>(v, true).ToString());
        if (s.OnTime is { } onTime) parts.Add($"on_time = {Parameter(onTime)}");
        if (s.Reopened is { } reopened) parts.Add(reopened ? "reopen_count > 0" : "reopen_count = 0");
        foreach (var f in s.Form) In(FormValue(f.Form, f.Key, number: false), f.Values);
        return parts.Count == 0 ? "1 = 1" : "(" + string.Join(" AND ", parts) + ")";
    }

    string Parameter(object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "p" + parameterCount++;
        p.Value = value;
        command.Parameters.Add(p);
        return "@" + p.ParameterName;
    }
}
