using Governance.Core.ReadSide;

namespace Governance.Storage.ReadSide;

/// <summary>
/// The SQL of the read side, one fragment per dimension and measure, so an aggregate and its facts use the same
/// expressions. Cases are aliased c, handling tasks t. Booleans are tested as "c.on_time" (an integer in SQLite, a
/// boolean in PostgreSQL: both read it as a condition).
/// </summary>
internal static class FigureSql
{
    public const string OpenStatuses = "('Dispatched', 'Handling', 'Suspended', 'Returned', 'Verifying')";
    public const string MsPerDay = "86400000";

    /// <summary>A case was given back (退回) at least once: the loop opened a 改派 task for it.</summary>
    public const string CaseReturned = "EXISTS (SELECT 1 FROM case_tasks r WHERE r.case_id = c.id AND r.step = 'reassign')";

    /// <summary>
    /// A handling task ended in 退回: a 改派 task was opened when it closed (same commit, same time), before any later
    /// handling task of the case (an escalation opens the next handling task directly).
    /// </summary>
    public const string TaskReturned = """
        EXISTS (SELECT 1 FROM case_tasks r WHERE r.case_id = t.case_id AND r.step = 'reassign' AND r.created_at_ms >= t.created_at_ms
            AND NOT EXISTS (SELECT 1 FROM case_tasks h WHERE h.case_id = t.case_id AND h.step = 'handle'
                AND h.created_at_ms > t.created_at_ms AND h.created_at_ms <= r.created_at_ms))
        """;

    public const string WorkerReported = "EXISTS (SELECT 1 FROM users u WHERE u.username = c.reporter_username AND u.role = 'grid-worker')";

    public static string Dimension(Dimension d, Grain grain) => (d, grain) switch
    {
        (Core.ReadSide.Dimension.County, _) => "substr(c.grid_code, 1, 6)",
        (Core.ReadSide.Dimension.Street, _) => "substr(c.grid_code, 1, 9)",
        (Core.ReadSide.Dimension.Community, _) => "substr(c.grid_code, 1, 12)",
        (Core.ReadSide.Dimension.Grid, _) => "c.grid_code",
        (Core.ReadSide.Dimension.Category, _) => "c.category_code",
        (Core.ReadSide.Dimension.Item, _) => "c.item_code",
        (Core.ReadSide.Dimension.Channel, _) => "c.channel",
        (Core.ReadSide.Dimension.Status, _) => "c.status",
        (Core.ReadSide.Dimension.Urgency, _) => "c.urgency",
        (Core.ReadSide.Dimension.Warning, _) => "c.warning",
        (Core.ReadSide.Dimension.Reporter, _) => "c.reporter_username",
        (Core.ReadSide.Dimension.Phone, _) => "c.reporter_phone",
        (Core.ReadSide.Dimension.Department, Grain.Case) => "c.assignee_department",
        (Core.ReadSide.Dimension.Handler, Grain.Case) => "COALESCE(c.assignee_department, c.assignee_unit)",
        (Core.ReadSide.Dimension.TaskUnit, Grain.Case) => "c.assignee_unit",
        (Core.ReadSide.Dimension.Day, Grain.Case) => $"((c.reported_at_ms + @offset_ms) / {MsPerDay})",
        (Core.ReadSide.Dimension.Department, Grain.Assignment) => "t.department_code",
        (Core.ReadSide.Dimension.Handler, Grain.Assignment) => "COALESCE(t.department_code, t.unit_code)",
        (Core.ReadSide.Dimension.TaskUnit, Grain.Assignment) => "t.unit_code",
        (Core.ReadSide.Dimension.Day, Grain.Assignment) => $"((t.created_at_ms + @offset_ms) / {MsPerDay})",
        _ => throw new ArgumentOutOfRangeException(nameof(d), d, null),
    };

    public static string CaseMeasures => $"""
        COUNT(*) AS reported,
        SUM(CASE WHEN c.status = 'Reported' THEN 1 ELSE 0 END) AS pending,
        SUM(CASE WHEN c.status NOT IN ('Reported', 'Rejected', 'Merged') THEN 1 ELSE 0 END) AS accepted,
        SUM(CASE WHEN c.status = 'Rejected' THEN 1 ELSE 0 END) AS rejected,
        SUM(CASE WHEN c.status = 'Merged' THEN 1 ELSE 0 END) AS merged,
        SUM(CASE WHEN c.status IN {OpenStatuses} THEN 1 ELSE 0 END) AS open,
        SUM(CASE WHEN c.closed_at IS NOT NULL THEN 1 ELSE 0 END) AS closed,
        SUM(CASE WHEN c.closed_at IS NOT NULL AND c.on_time AND c.warning <> 'Overdue' THEN 1 ELSE 0 END) AS on_time_closed,
        SUM(CASE WHEN NOT c.on_time OR c.warning = 'Overdue' THEN 1 ELSE 0 END) AS overdue,
        SUM(CASE WHEN c.satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS rated,
        SUM(CASE WHEN c.satisfaction = 'Satisfied' THEN 1 ELSE 0 END) AS satisfied,
        SUM(CASE WHEN c.satisfaction = 'Basic' THEN 1 ELSE 0 END) AS basic,
        SUM(CASE WHEN c.satisfaction = 'Unsatisfied' THEN 1 ELSE 0 END) AS unsatisfied,
        SUM(CASE WHEN c.reopen_count > 0 THEN 1 ELSE 0 END) AS reopened,
        SUM(CASE WHEN {CaseReturned} THEN 1 ELSE 0 END) AS returned,
        SUM(CASE WHEN {WorkerReported} THEN 1 ELSE 0 END) AS worker_reported,
        SUM(CASE WHEN c.warning = 'Red' AND c.status IN {OpenStatuses} THEN 1 ELSE 0 END) AS red_open,
        SUM(CASE WHEN c.warning = 'Overdue' AND c.status IN {OpenStatuses} THEN 1 ELSE 0 END) AS overdue_open
        """;

    public const string Responded = "(t.signed_at IS NOT NULL OR t.state = 'Done')";

    /// <summary>Minutes from being given a task to signing for it (or finishing it unsigned).</summary>
    public static string ResponseMinutes(StorageProvider provider) => provider == StorageProvider.PostgreSql
        ? "CAST(EXTRACT(EPOCH FROM (COALESCE(t.signed_at, t.completed_at) - t.created_at)) / 60.0 AS double precision)"
        : "((julianday(COALESCE(t.signed_at, t.completed_at)) - julianday(t.created_at)) * 1440.0)";

    public static string AssignmentMeasures(StorageProvider provider) => $"""
        COUNT(*) AS assigned,
        SUM(CASE WHEN {Responded} THEN 1 ELSE 0 END) AS responded,
        COALESCE(SUM(CASE WHEN {Responded} THEN {ResponseMinutes(provider)} END), 0) AS response_minutes,
        SUM(CASE WHEN {TaskReturned} THEN 1 ELSE 0 END) AS returned,
        SUM(CASE WHEN t.warning = 'Overdue' THEN 1 ELSE 0 END) AS overdue,
        SUM(CASE WHEN t.state = 'Done' THEN 1 ELSE 0 END) AS completed
        """;

    public const string CaseFactColumns = $"""
        c.id, c.number, c.reported_at_ms, c.grid_code, c.item_code, c.category_code, c.channel, c.urgency, c.status, c.warning,
        c.description, c.address, c.longitude, c.latitude, c.reporter_phone, c.reporter_username, c.assignee_unit, c.assignee_department,
        c.deadline_ms, CASE WHEN c.closed_at IS NOT NULL THEN 1 ELSE 0 END AS closed, CASE WHEN c.on_time THEN 1 ELSE 0 END AS on_time,
        c.satisfaction, c.reopen_count, CASE WHEN {CaseReturned} THEN 1 ELSE 0 END AS returned
        """;

    public static string AssignmentFactColumns(StorageProvider provider) => $"""
        t.id AS task_id, c.id AS case_id, c.number, c.item_code, c.grid_code, t.unit_code, t.department_code, t.created_at_ms,
        CASE WHEN {Responded} THEN 1 ELSE 0 END AS responded, CASE WHEN {Responded} THEN {ResponseMinutes(provider)} END AS response_minutes,
        CASE WHEN {TaskReturned} THEN 1 ELSE 0 END AS returned, CASE WHEN t.warning = 'Overdue' THEN 1 ELSE 0 END AS overdue,
        CASE WHEN t.state = 'Done' THEN 1 ELSE 0 END AS completed
        """;

    public static string Order(FactOrder order) => order switch
    {
        FactOrder.Oldest => "c.reported_at_ms, c.id",
        FactOrder.Deadline => "CASE WHEN c.deadline_ms IS NULL THEN 1 ELSE 0 END, c.deadline_ms, c.reported_at_ms DESC",
        _ => "c.reported_at_ms DESC, c.id",
    };
}
