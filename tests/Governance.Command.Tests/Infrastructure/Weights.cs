using System.Text.Json.Nodes;

namespace Governance.Command.Tests.Infrastructure;

/// <summary>The satisfaction weights as the package file says, read here rather than through the engine.</summary>
public sealed record Weights(double Satisfied, double Basic, double Unsatisfied)
{
    public static Weights Of(string definitions)
    {
        var w = JsonNode.Parse(File.ReadAllText(Path.Combine(definitions, "assessment", "satisfaction.json")))!["weights"]!;
        return new Weights((double)w["satisfied"]!, (double)w["basic"]!, (double)w["unsatisfied"]!);
    }

    /// <summary>The satisfaction of the cases matching a WHERE clause, by SQL counts and these weights; null when none is rated.</summary>
    public async Task<double?> OfCasesAsync(Db db, string where, object? p = null)
    {
        var rated = await db.CountAsync($"({where}) AND satisfaction IS NOT NULL", p);
        if (rated == 0) return null;
        var s = await db.CountAsync($"({where}) AND satisfaction = 'Satisfied'", p);
        var b = await db.CountAsync($"({where}) AND satisfaction = 'Basic'", p);
        var u = await db.CountAsync($"({where}) AND satisfaction = 'Unsatisfied'", p);
        return (s * Satisfied + b * Basic + u * Unsatisfied) / rated;
    }
}
