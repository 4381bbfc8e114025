using Governance.Core.Cases.Model;
using Governance.Core.Geography;
using Governance.Core.Packages;

namespace Governance.Core.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// The grid of a report. With boundaries in the package, a point decides it: the person reporting marks where
    /// the problem is and never picks a grid code. A grid code sent with a point must be the point's grid.
    /// Without a point (the hotline types an address and picks the grid), the grid code is taken as given.
    /// </summary>
    static string GridOf(DefinitionSet definitions, IntakeRequest request)
    {
        if (request.Latitude is not { } lat || request.Longitude is not { } lon || !definitions.Places.HasBoundaries)
            return string.IsNullOrWhiteSpace(request.GridCode) ? throw new CaseException("CASE-PLACE-REQUIRED", 400) { Field = "latitude" } : request.GridCode;
        var point = new GeoPoint(lat, lon);
        var grid = definitions.Places.GridAt(point)
            ?? throw new CaseException("PLACE-OUTSIDE", 400, definitions.City!.City.Name) { Field = point.IsValid ? "latitude" : "longitude" };
        if (!string.IsNullOrEmpty(request.GridCode) && request.GridCode != grid)
            throw new CaseException("CASE-PLACE-MISMATCH", 400, request.GridCode, definitions.City!.Org.Find(grid)?.Name ?? grid) { Field = "gridCode" };
        return grid;
    }
}
