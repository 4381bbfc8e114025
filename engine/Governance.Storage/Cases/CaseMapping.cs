using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Core.Calendar;
using Governance.Core.Cases.Model;
using Governance.Core.Definitions.Model;
using Governance.Storage.Cases.Entities;

namespace Governance.Storage.Cases;

/// <summary>Case model ⇄ rows. Times that queries compare or sort on are kept as Unix milliseconds beside the display value (SQLite cannot order DateTimeOffset).</summary>
internal static class CaseMapping
{
    static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// A task without a time limit (or while suspended) is stored with the largest deadline, so the inbox index
    /// orders it last on SQLite and PostgreSQL alike and the inbox query can read the index in order.
    /// </summary>
    public const long NoDeadline = long.MaxValue;

    sealed record ClockDto(DateTimeOffset Start, TimeLimit Limit, List<ClockStop> Stops, List<TimeLimit> Extensions);

    public static CaseRecord ToRecord(Case c, int version) => new()
    {
        Id = c.Id, Number = c.Number, CountyCode = c.CountyCode, Channel = c.Channel,
        ReporterName = c.Reporter.Name, ReporterPhone = c.Reporter.Phone, ReporterUsername = c.Reporter.Username,
        GridCode = c.Place.GridCode, Address = c.Place.Address, Longitude = c.Place.Longitude, Latitude = c.Place.Latitude,
        ItemCode = c.ItemCode, CategoryCode = c.CategoryCode, Urgency = c.Urgency, Description = c.Description,
        ReportedAt = c.ReportedAt.ToUniversalTime(), ReportedAtMs = c.ReportedAt.ToUnixTimeMilliseconds(), IdempotencyKey = c.IdempotencyKey, IdempotencyBinding = c.IdempotencyBinding,
        WorkflowInstanceId = c.WorkflowInstanceId, WorkflowVersion = c.WorkflowVersion, Status = c.Status.ToString(),
        AssigneeJson = c.Assignee is null ? null : JsonSerializer.Serialize(c.Assignee, Json),
        AssigneeUnit = c.Assignee?.UnitCode, AssigneeDepartment = c.Assignee?.DepartmentCode,
        DeadlineMs = c.Deadline?.ToUnixTimeMilliseconds(), Warning = c.Warning.ToString(), ClosedAt = c.ClosedAt?.ToUniversalTime(),
        Satisfaction = c.Satisfaction?.ToString(), MergedInto = c.MergedInto, ReopenCount = c.ReopenCount, OnTime = c.OnTime,
        FormDataJson = c.FormDataJson, JournalCount = c.JournalCount, Version = version,
    };

    public static Case ToModel(CaseRecord r)
    {
        var c = new Case
        {
            Id = r.Id, Number = r.Number, CountyCode = r.CountyCode, Channel = r.Channel,
            Reporter = new Reporter(r.ReporterName, r.ReporterPhone, r.ReporterUsername),
            Place = new Place(r.GridCode, r.Address, r.Longitude, r.Latitude),
            ItemCode = r.ItemCode, CategoryCode = r.CategoryCode, Urgency = r.Urgency, Description = r.Description,
            ReportedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.ReportedAtMs), IdempotencyKey = r.IdempotencyKey, IdempotencyBinding = r.IdempotencyBinding,
            WorkflowInstanceId = r.WorkflowInstanceId, WorkflowVersion = r.WorkflowVersion,
            Deadline = r.DeadlineMs is { } d ? DateTimeOffset.FromUnixTimeMilliseconds(d) : null,
            Warning = Enum.Parse<WarningLevel>(r.Warning), OnTime = r.OnTime, FormDataJson = r.FormDataJson,
            JournalCount = r.JournalCount, Version = r.Version,
        };
        c.Restore(new CaseSnapshot(Enum.Parse<CaseStatus>(r.Status),
            r.AssigneeJson is null ? null : JsonSerializer.Deserialize<Assignee>(r.AssigneeJson, Json),
            r.ClosedAt, r.Satisfaction is null ? null : Enum.Parse<Satisfaction>(r.Satisfaction), r.MergedInto, r.ReopenCount));
        return c;
    }

    public static CaseTaskRecord ToRecord(CaseTask t, int version) => new()
    {
        Id = t.Id, CaseId = t.CaseId, Step = t.Step, Role = RoleDefinition.CodeOf(t.Role), UnitCode = t.UnitCode, DepartmentCode = t.DepartmentCode,
        Actions = string.Join(',', t.Actions), CreatedAt = t.CreatedAt.ToUniversalTime(), CreatedAtMs = t.CreatedAt.ToUnixTimeMilliseconds(),
        FromWorkflow = t.FromWorkflow, FormId = t.FormId, FormVersion = t.FormVersion, State = t.State.ToString(), CompletedAt = t.CompletedAt?.ToUniversalTime(), CompletedBy = t.CompletedBy,
        SignedBy = t.SignedBy, SignedAt = t.SignedAt?.ToUniversalTime(),
        ClockJson = t.Clock is { } k ? JsonSerializer.Serialize(new ClockDto(k.Start, k.Limit, [.. k.Stops], [.. k.Extensions]), Json) : null,
        DeadlineMs = t.Deadline?.ToUnixTimeMilliseconds() ?? NoDeadline, Warning = t.Warning.ToString(), NextWarningMs = t.NextWarningAt?.ToUnixTimeMilliseconds(),
        DataJson = t.DataJson, Version = version,
    };

    public static CaseTask ToModel(CaseTaskRecord r)
    {
        var clock = r.ClockJson is null ? null : JsonSerializer.Deserialize<ClockDto>(r.ClockJson, Json);
        return new CaseTask
        {
            Id = r.Id, CaseId = r.CaseId, Step = r.Step, Role = RoleDefinition.Parse(r.Role) ?? Role.Operator, UnitCode = r.UnitCode,
            DepartmentCode = r.DepartmentCode, Actions = r.Actions.Split(',', StringSplitOptions.RemoveEmptyEntries),
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtMs), FromWorkflow = r.FromWorkflow,
            FormId = r.FormId, FormVersion = r.FormVersion, State = Enum.Parse<TaskState>(r.State),
            CompletedAt = r.CompletedAt, CompletedBy = r.CompletedBy, SignedBy = r.SignedBy, SignedAt = r.SignedAt,
            Clock = clock is null ? null : new TimeLimitClock(clock.Start, clock.Limit, clock.Stops, clock.Extensions),
            Deadline = r.DeadlineMs is { } d and not NoDeadline ? DateTimeOffset.FromUnixTimeMilliseconds(d) : null,
            Warning = Enum.Parse<WarningLevel>(r.Warning), NextWarningAt = r.NextWarningMs is { } n ? DateTimeOffset.FromUnixTimeMilliseconds(n) : null,
            DataJson = r.DataJson, Version = r.Version,
        };
    }

    public static CaseJournalRecord ToRecord(CaseJournalEntry j) => new()
    {
        CaseId = j.CaseId, Sequence = j.Sequence, At = j.At.ToUniversalTime(), Action = j.Action, Actor = j.Actor, ActorName = j.ActorName,
        Role = j.Role, Unit = j.Unit, Comment = j.Comment, DataJson = j.DataJson,
    };

    public static CaseJournalEntry ToModel(CaseJournalRecord r) =>
        new(r.CaseId, r.Sequence, r.At, r.Action, r.Actor, r.ActorName, r.Role, r.Unit, r.Comment, r.DataJson);
}
