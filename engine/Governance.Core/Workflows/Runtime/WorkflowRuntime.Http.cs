using Governance.Core.Workflows.Activities.Http;
using Governance.Core.Workflows.Http;
using Governance.Core.Workflows.Persistence;

namespace Governance.Core.Workflows.Runtime;

// HTTP: a request under the workflows base path starts the published flow whose Elsa.HttpEndpoint trigger has its
// path and method, or resumes the instance whose HttpEndpoint waits on that path; the burst carries the request
// so that Elsa.WriteHttpResponse can answer it.
public sealed partial class WorkflowRuntime
{
    /// <summary>Routes one inbound request to the flows, as Elsa's HTTP middleware does; the caller writes the answer.</summary>
    public async Task<HttpDispatch> DispatchHttpAsync(HttpRequestData request, CancellationToken ct = default)
    {
        var path = RouteTemplate.Normalize(request.Path);
        var method = request.Method.ToUpperInvariant();
        var onPath = new List<(WorkflowTrigger Trigger, string Method, string Template, IReadOnlyDictionary<string, string> Values)>();
        foreach (var t in await Store.FindTriggersAsync(HttpEndpoint.TypeName, null, ct))
        {
            var space = t.Key?.IndexOf(' ') ?? -1;
            if (space < 0) continue;
            if (RouteTemplate.Match(t.Key![(space + 1)..], path) is { } values) onPath.Add((t, t.Key[..space], t.Key[(space + 1)..], values));
        }
        // A literal route wins over one with parameters (orders/new over orders/{id}), as in ASP.NET routing.
        var matching = onPath.Where(x => x.Method == method).GroupBy(x => RouteTemplate.HasParameters(x.Template)).OrderBy(g => g.Key).FirstOrDefault()?.ToList() ?? [];
        if (matching.Select(m => m.Trigger.DefinitionId).Distinct().Count() > 1)
            return new HttpDispatch(HttpDispatchStatus.Ambiguous, Candidates: matching.Select(m => m.Trigger.DefinitionId).Distinct().ToList());
        if (matching.Count > 0)
            return await StartFromHttpAsync(matching[0].Trigger, matching[0].Values, request, ct);

        var waiting = await Store.FindBookmarksAsync(HttpEndpoint.TypeName, path, ct);
        var instance = request.Header("X-Workflow-Instance-ID") ?? request.QueryValue("workflowInstanceId");
        var candidates = waiting.Where(b => (instance is null || b.InstanceId == instance) && HttpEndpoint.Accepts(b.Bookmark, method)).ToList();
        if (candidates.Count > 1) return new HttpDispatch(HttpDispatchStatus.Ambiguous, Candidates: candidates.Select(c => c.InstanceId).ToList());
        if (candidates.Count == 1)
        {
            var payload = candidates[0].Bookmark.Payload;
            var authorize = payload?["authorize"] is System.Text.Json.Nodes.JsonValue a && a.TryGetValue<bool>(out var yes) && yes;
            if (authorize && request.User is null) return new HttpDispatch(HttpDispatchStatus.Unauthorized);
            if (authorize && payload?["policy"]?.ToString() is { Length: > 0 } policy && request.Roles?.Contains(policy, StringComparer.OrdinalIgnoreCase) != true)
                return new HttpDispatch(HttpDispatchStatus.Forbidden);
            var exchange = new HttpExchange(request);
            var resumed = await ResumeAsync(candidates[0].Bookmark.Id, null, null, exchange, ct);
            return resumed.Status == ResumeStatus.Resumed ? new HttpDispatch(HttpDispatchStatus.Ran, exchange, resumed.Run) : new HttpDispatch(HttpDispatchStatus.NotFound);
        }
        return new HttpDispatch(onPath.Count > 0 || waiting.Count > 0 ? HttpDispatchStatus.MethodNotAllowed : HttpDispatchStatus.NotFound);
    }

    async Task<HttpDispatch> StartFromHttpAsync(WorkflowTrigger trigger, IReadOnlyDictionary<string, string> routeValues, HttpRequestData request, CancellationToken ct)
    {
        var workflow = await GetCompiledAsync(trigger.DefinitionId, trigger.Version, ct);
        var endpoint = workflow.Nodes[workflow.NodeIndex[trigger.ActivityId]];
        var security = HttpEndpoint.Security(endpoint);
        if (security.Authorize && request.User is null) return new HttpDispatch(HttpDispatchStatus.Unauthorized);
        if (security.Authorize && security.Policy is { Length: > 0 } policy && request.Roles?.Contains(policy, StringComparer.OrdinalIgnoreCase) != true)
            return new HttpDispatch(HttpDispatchStatus.Forbidden);
        if (security.SizeLimit is { } limit && request.ContentLength > limit && !security.ExposeTooLarge)
            return new HttpDispatch(HttpDispatchStatus.TooLarge);
        var exchange = new HttpExchange(request) { RouteValues = routeValues };
        var run = await StartAsync(trigger.DefinitionId, new StartOptions(Version: trigger.Version, TriggerActivityId: trigger.ActivityId, Http: exchange,
            CorrelationId: request.Header("X-Correlation-ID") ?? request.QueryValue("correlationId")), ct);
        return new HttpDispatch(HttpDispatchStatus.Ran, exchange, run);
    }
}
