using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Cases.Disclosure;
using Governance.Core.Cases.Model;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;
using Governance.Core.Messages;
using Governance.Core.Workflows.Runtime;

namespace Governance.Core.Cases.Services;

/// <summary>An event reported through any channel.</summary>
public sealed record IntakeRequest(
    string Channel, string ItemCode, string? Urgency, string Description, string GridCode, string? Address,
    double? Longitude, double? Latitude, string? ReporterName, string? ReporterPhone, string? IdempotencyKey, JsonObject? Form = null);

/// <summary>What intake answers: the case, and whether this call made it (false for a repeated idempotency key).</summary>
public sealed record IntakeResult(Case Case, bool Created);

/// <summary>
/// The center's day: intake, tasks, actions, supervision and warnings. Every state change of a case is one
/// transaction with one journal entry: steps of the loop commit with the workflow (see <see cref="CaseProjector"/>),
/// side actions through <see cref="ICaseStore.SaveAsync"/>.
/// </summary>
public sealed partial class CaseService(ICaseStore store, WorkflowRuntime runtime, IPackageProvider packages, TimeProvider clock, ICaseAudit? audit = null)
{
    public const string LoopDefinitionId = "case-loop";

    readonly Permissions permissions = new(packages);
    readonly CaseProjector projector = new(packages);
    readonly DisclosurePolicy disclosure = new((id, version) => packages.Current.Forms.Get(id, version));
    readonly ICaseAudit audit = audit ?? ICaseAudit.None;

    public ICaseStore Store => store;
    public WorkflowRuntime Runtime => runtime;
    /// <summary>The package in force; each operation takes it once and works on that set throughout.</summary>
    public IPackageProvider Packages => packages;
    public Permissions Permissions => permissions;
    public CaseProjector Projector => projector;
    /// <summary>What each viewer sees of a case's personal data; every response carrying a case goes through it.</summary>
    public DisclosurePolicy Disclosure => disclosure;

    public async Task<IntakeResult> ReportAsync(IntakeRequest request, Actor? reporter = null, CancellationToken ct = default)
    {
        request = Checked(request);
        var binding = IdempotencyBinding(request, reporter);
        if (request.IdempotencyKey is { } key && await store.FindByIdempotencyKeyAsync(key, ct) is { } existing)
            return Replay(existing, key, binding);

        var definitions = packages.Current;
        request = request with { GridCode = GridOf(definitions, request) };
        var city = definitions.City!;
        var package = definitions.For(request.GridCode);
        if (city.Org.Find(request.GridCode) is not { Level: OrgLevel.Grid } grid)
            throw new CaseException("CASE-GRID-UNKNOWN", 400, request.GridCode) { Field = "gridCode" };
        if (package.Channels.All(c => c.Code != request.Channel))
            throw new CaseException("CASE-CHANNEL-UNKNOWN", 400, request.Channel, string.Join(", ", package.Channels.Select(c => c.Code))) { Field = "channel" };
        if (package.FindItem(request.ItemCode) is not { } item)
            throw new CaseException("CASE-ITEM-UNKNOWN", 400, request.ItemCode) { Field = "itemCode" };
        var urgency = request.Urgency ?? item.Urgencies[0];
        if (!item.Urgencies.Contains(urgency))
            throw new CaseException("CASE-URGENCY-INVALID", 400, item.Code, urgency, string.Join(", ", item.Urgencies)) { Field = "urgency" };

        var now = clock.GetUtcNow();
        var county = city.Org.AncestorAt(grid, OrgLevel.County)!;
        var local = TimeZoneInfo.ConvertTime(now, projector.CalendarFor(package).Zone);
        var sequence = await store.NextSequenceAsync(county.Code, DateOnly.FromDateTime(local.DateTime), ct);
        var c = new Case
        {
            Id = Guid.NewGuid().ToString("N"),
            Number = $"{county.Code}-{local:yyyyMMdd}-{sequence.ToString("0000", CultureInfo.InvariantCulture)}",
            CountyCode = county.Code, Channel = request.Channel,
            Reporter = new Reporter(request.ReporterName, request.ReporterPhone, reporter?.Username),
            Place = new Place(grid.Code, request.Address, request.Longitude, request.Latitude),
            ItemCode = item.Code, CategoryCode = item.Category, Urgency = urgency, Description = request.Description,
            ReportedAt = now, IdempotencyKey = request.IdempotencyKey, IdempotencyBinding = request.IdempotencyKey is null ? null : binding,
        };
        // The intake form's rules always apply: a report without a form is checked as the form the request fields fill.
        var formId = IntakeFormOf(package, item);
        var saved = CheckForm(definitions, formId, null, "report", IntakeData(request, item, urgency), c, package, reporter ?? Actor.Citizen(request.ReporterName, grid.Code), files: null);
        c.FormDataJson = new JsonObject { [formId] = saved }.ToJsonString();

        var workflow = await runtime.GetCompiledAsync(LoopDefinitionId, null, ct);
        c.WorkflowInstanceId = c.Id;
        c.WorkflowVersion = workflow.Definition.Version;
        var actor = reporter ?? Actor.Citizen(request.ReporterName, grid.Code);
        var context = new CaseCommitContext(c, actor, Text.Format("CASE-ACT-REPORT"), request.Description, null, null, now);
        try
        {
            await runtime.StartAsync(LoopDefinitionId, new StartOptions(
                InstanceId: c.Id, Version: c.WorkflowVersion, Participant: context, Input: new Dictionary<string, JsonNode?>
                {
                    ["caseId"] = c.Id, ["item"] = item.Code, ["category"] = item.Category, ["grid"] = grid.Code,
                    ["county"] = county.Code, ["channel"] = request.Channel, ["urgency"] = urgency,
                }), ct);
        }
        catch (Exception) when (request.IdempotencyKey is not null)
        {
            // The same key sent twice at once: the other call made the case, and this commit lost the race.
            if (await store.FindByIdempotencyKeyAsync(request.IdempotencyKey, ct) is { } raced) return Replay(raced, request.IdempotencyKey, binding);
            throw;
        }
        return new IntakeResult(context.Result ?? (await store.GetAsync(c.Id, ct))!, true);
    }

    /// <summary>A case with its tasks and journal, if the actor may see it.</summary>
    public async Task<(Case Case, IReadOnlyList<CaseTask> Tasks, IReadOnlyList<CaseJournalEntry> Journal)> GetAsync(string idOrNumber, Actor actor, CancellationToken ct = default)
    {
        var (c, tasks) = await store.GetWithTasksAsync(idOrNumber, ct)
            ?? (await store.GetByNumberAsync(idOrNumber, ct) is { } numbered ? await store.GetWithTasksAsync(numbered.Id, ct) : null)
            ?? throw new CaseException("CASE-NOT-FOUND", 404, idOrNumber);
        if (permissions.CannotSee(actor, c, tasks) is { } reason)
        {
            audit.Refused(actor, "read", c.Number, reason);
            throw new CaseException("CASE-FORBIDDEN-READ", 403, c.Number, reason);
        }
        return (c, tasks, await store.GetJournalAsync(c.Id, ct));
    }

    public Task<CasePage> SearchAsync(CaseQuery query, Actor actor, CancellationToken ct = default) =>
        store.SearchAsync(query with { Scope = permissions.ScopeOf(actor) }, ct);

    /// <summary>The actor's open tasks, soonest deadline first: exactly the open tasks the actor may act on.</summary>
    public Task<IReadOnlyList<InboxItem>> InboxAsync(Actor actor, CancellationToken ct = default) =>
        store.InboxAsync(permissions.InboxOf(actor), ct);
}

/// <summary>Where refusals and actions are logged; the server writes them to its log.</summary>
public interface ICaseAudit
{
    void Refused(Actor actor, string what, string target, string reason);
    void Acted(Actor actor, string action, string target);

    public static readonly ICaseAudit None = new NoAudit();

    sealed class NoAudit : ICaseAudit
    {
        public void Refused(Actor actor, string what, string target, string reason) { }
        public void Acted(Actor actor, string action, string target) { }
    }
}
