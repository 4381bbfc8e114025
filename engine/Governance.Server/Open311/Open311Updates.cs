using Governance.Core.Cases;
using Governance.Core.Cases.Model;
using Governance.Core.Cases.Services;
using Governance.Core.Packages;
using Governance.Server.Integrations;

namespace Governance.Server.Open311;

/// <summary>
/// mySociety's <c>servicerequestupdates</c> (as FixMyStreet reads it): every line of the case file of the client's
/// Open311 requests in the time window, oldest first, each with whether the request was open or closed after it.
/// Texts go through the client's disclosure, so no reporter's name or phone shows.
/// </summary>
public static class Open311Updates
{
    public static async Task<IResult> Get(string format, HttpContext http, ApiClientGate gate, DefinitionSet set, CaseService cases, TimeProvider clock,
        CancellationToken ct, string? api_key = null, string? start_date = null, string? end_date = null)
    {
        format = Open311Problems.Format(format);
        var client = await Open311Problems.ClientAsync(gate, http, api_key, "servicerequestupdates");
        var to = Open311Api.Date(end_date, "end_date") ?? clock.GetUtcNow();
        var from = Open311Api.Date(start_date, "start_date") ?? to.AddDays(-1);
        var viewer = Open311Api.Viewer(client);
        var updates = new List<(DateTimeOffset At, Open311Record Record)>();
        // Cases reported up to the window's end may have lines in it; one page of the channel's cases bounds the work.
        var page = await cases.Store.SearchAsync(new CaseQuery(Channel: Open311Api.Channel, To: to, Page: 1, PageSize: 1000), ct);
        foreach (var c in page.Items.Where(c => Open311Api.Readable(client, c)))
        {
            var disclosure = cases.Disclosure.For(viewer, c);
            var journal = await cases.Store.GetJournalAsync(c.Id, ct);
            foreach (var e in journal.Where(e => e.At >= from && e.At <= to))
            {
                var text = string.IsNullOrWhiteSpace(e.Comment) ? e.Action : $"{e.Action}：{e.Comment}";
                updates.Add((e.At, new Open311Record()
                    .Add("update_id", $"{c.Number}-{e.Sequence}").Add("service_request_id", c.Number)
                    .Add("status", ClosedAfter(c, journal, e) ? "closed" : "open")
                    .Add("updated_datetime", Open311Api.Local(set, c, cases, e.At)).Add("description", disclosure.Text(text)).Add("media_url", null)));
            }
        }
        return new Open311Document("service_requests_updates",
            new Open311List("request_update", updates.OrderBy(u => u.At).Select(u => (object?)u.Record).ToList())).Result(format);
    }

    /// <summary>
    /// The request counts as closed from its closing line on: the last line written at the closing time (the reply,
    /// the verification and 结案 may share one instant; 结案 comes last), or the last line of a case that ended otherwise.
    /// </summary>
    static bool ClosedAfter(Case c, IReadOnlyList<CaseJournalEntry> journal, CaseJournalEntry e)
    {
        if (!Open311Views.IsClosed(c.Status)) return false;
        var closing = c.ClosedAt is { } closed ? journal.LastOrDefault(j => j.At <= closed) ?? journal[^1] : journal[^1];
        return e.Sequence >= closing.Sequence;
    }
}
