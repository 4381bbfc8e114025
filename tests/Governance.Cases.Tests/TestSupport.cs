using Governance.Core.Cases.Model;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Definitions.Model;

namespace Governance.Cases.Tests;

public static class Repo
{
    public static string Root { get; } = Find();
    public static string Definitions => Path.Combine(Root, "definitions");
    public static readonly DefinitionSet Set = DefinitionLoader.Load(Definitions);

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Governance.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>The seeded user with this username, as an actor.</summary>
    public static Actor User(string username)
    {
        var u = Set.City!.Users.Single(x => x.Username == username);
        return new Actor(u.Username, u.Name, u.Role, u.Unit, u.Department);
    }

    public static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + "+08:00");
}
