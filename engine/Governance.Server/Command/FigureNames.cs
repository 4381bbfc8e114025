using Governance.Core.Command;
using Governance.Core.ReadSide;

namespace Governance.Server.Command;

/// <summary>Dimensions as the API names them (camelCase), and the names users read for their keys.</summary>
public static class FigureNames
{
    public static string Code(Dimension d) => char.ToLowerInvariant(d.ToString()[0]) + d.ToString()[1..];

    public static IReadOnlyList<Dimension> ParseDimensions(string? text)
    {
        var list = new List<Dimension>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (Enum.TryParse<Dimension>(part, true, out var d) && d != Dimension.Phone && Enum.IsDefined(d)) list.Add(d);
            else throw new CommandException("COMMAND-DIMENSION", 400, part,
                string.Join(", ", Enum.GetValues<Dimension>().Where(x => x != Dimension.Phone).Select(Code))) { Field = "by" };
        return list;
    }

    public static string Name(Names names, Dimension d, string key) => d switch
    {
        Dimension.County or Dimension.Street or Dimension.Community or Dimension.Grid or Dimension.TaskUnit => names.Place(key),
        Dimension.Category => names.Category(key),
        Dimension.Item => names.Item(key),
        Dimension.Channel => names.Channel(key),
        Dimension.Status => names.Status(key),
        Dimension.Urgency => names.Urgency(key),
        Dimension.Warning => names.Warning(key),
        Dimension.Department => names.Department(key),
        Dimension.Handler => names.Department(key) is var n && n != key ? n : names.Place(key),
        _ => key,
    };
}
