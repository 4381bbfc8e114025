using System.Security.Claims;
using Governance.Core.Definitions.Model;
using Governance.Core.Packages.Admin;
using Governance.Server.Auth;

namespace Governance.Server.Admin;

/// <summary>Who may use the admin API: city administrators (every scope) and county administrators (their county).</summary>
public static class AdminAccess
{
    public const string Policy = "admin";

    public static void AddPolicy(Microsoft.AspNetCore.Authorization.AuthorizationOptions o) =>
        o.AddPolicy(Policy, p => p.RequireRole(RoleDefinition.CodeOf(Role.CityAdmin), RoleDefinition.CodeOf(Role.CountyAdmin)));

    public static PackageEditor Editor(this ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return new PackageEditor(actor.Username, actor.Role == Role.CityAdmin, actor.Role == Role.CountyAdmin ? actor.UnitCode : null);
    }
}
