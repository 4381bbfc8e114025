using System.Globalization;
using Dapper;
using Governance.Core.ReadSide;

namespace Governance.Storage.ReadSide;

/// <summary>The WHERE clause and parameters of a figure query: scope, period, filters, open-only and the box.</summary>
internal sealed class FigureWhere
{
    public DynamicParameters Parameters { get; } = new();
    readonly List<string> conditions = [];

    public FigureWhere(FigureQuery q, Grain grain, TimeSpan offset, StorageOptions storage)
    {
        Parameters.Add("offset_ms", (long)offset.TotalMilliseconds);
        if (grain == Grain.Assignment) conditions.Add("t.step = 'handle'");
        Scope(q.Scope);
        var time = grain == Grain.Case ? "c.reported_at_ms" : "t.created_at_ms";
        if (q.From is { } from) { conditions.Add($"{time} >= @from_ms"); Parameters.Add("from_ms", from.ToUnixTimeMilliseconds()); }
        if (q.To is { } to) { conditions.Add($"{time} < @to_ms"); Parameters.Add("to_ms", to.ToUnixTimeMilliseconds()); }
        for (var i = 0; i < q.Filters.Count; i++)
        {
            var f = q.Filters[i];
            conditions.Add(Rows.In(storage, FigureSql.Dimension(f.Dimension, grain), $"f{i}"));
            Parameters.Add($"f{i}", f.Dimension == Dimension.Day ? f.Values.Select(DayNumber).ToArray() : (object)f.Values.ToArray());
        }
        if (q.Ids is { } ids) { conditions.Add(Rows.In(storage, "c.id", "ids")); Parameters.Add("ids", ids.ToArray()); }
        if (q.OpenOnly) conditions.Add($"c.status IN {FigureSql.OpenStatuses}");
        if (q.Within is { } box)
        {
            conditions.Add("c.longitude BETWEEN @west AND @east AND c.latitude BETWEEN @south AND @north");
            Parameters.AddDynamicParams(new { west = box.West, east = box.East, south = box.South, north = box.North });
        }
    }

    void Scope(FigureScope s)
    {
        if (s.All) return;
        var any = new List<string>();
        if (s.PlaceUnderCode is { } place) { any.Add("c.grid_code LIKE @scope_place"); Parameters.Add("scope_place", place + "%"); }
        if (s.ReporterUsername is { } reporter) { any.Add("c.reporter_username = @scope_reporter"); Parameters.Add("scope_reporter", reporter); }
        if (s.TaskDepartmentCode is { } department)
        {
            any.Add("EXISTS (SELECT 1 FROM case_tasks s WHERE s.case_id = c.id AND s.department_code = @scope_department)");
            Parameters.Add("scope_department", department);
        }
        if (s.TaskUnitCode is { } unit)
        {
            any.Add("EXISTS (SELECT 1 FROM case_tasks s WHERE s.case_id = c.id AND s.unit_code = @scope_unit AND s.department_code IS NULL)");
            Parameters.Add("scope_unit", unit);
        }
        conditions.Add(any.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", any) + ")");
    }

    public override string ToString() => conditions.Count == 0 ? "" : "WHERE " + Conditions;

    /// <summary>The conditions alone, for a subquery ("1 = 1" when there are none).</summary>
    public string Conditions => conditions.Count == 0 ? "1 = 1" : string.Join("\n  AND ", conditions);

    /// <summary>A local day as the number the Day dimension groups by (days since 1970-01-01 in local time).</summary>
    static long DayNumber(string day) =>
        DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static string DayOf(long number) =>
        DateOnly.FromDateTime(DateTime.UnixEpoch).AddDays((int)number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
