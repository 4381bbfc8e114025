using Governance.Core.Command;
using Governance.Core.Packages;
using Governance.Server.Auth;
using Governance.Server.Command;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Governance.Server.Live;

/// <summary>
/// Pushes what happens to the dashboards without a reload: "caseReported" with a case line and "alertRaised" with an
/// alert line. A connection hears about the place the user may see (the city center everything, a county or street
/// center its own place); department and unit handlers, whose scope is their tasks, refresh on their own.
/// </summary>
[Authorize]
public sealed class LiveHub(IPackageProvider packages, CommandCenter center) : Hub
{
    public const string Path = "/hubs/live";
    public const string CaseReported = "caseReported";
    public const string AlertRaised = "alertRaised";

    public override async Task OnConnectedAsync()
    {
        var viewer = center.ViewerOf(Context.User!.ToActor(), packages.Current);
        foreach (var group in GroupsOf(viewer)) await Groups.AddToGroupAsync(Context.ConnectionId, group);
        await base.OnConnectedAsync();
    }

    static IEnumerable<string> GroupsOf(Viewer viewer)
    {
        if (viewer.Scope.All) yield return Everything;
        else if (viewer.Scope.PlaceUnderCode is { } place) yield return Place(place);
    }

    public const string Everything = "all";

    public static string Place(string code) => "place:" + code;

    /// <summary>The groups told about something placed in a grid: everyone, and the county, street, community and grid it lies in.</summary>
    public static IReadOnlyList<string> GroupsFor(string gridCode) =>
        [Everything, .. new[] { 6, 9, 12, 15 }.Where(n => gridCode.Length >= n).Select(n => Place(gridCode[..n]))];
}
