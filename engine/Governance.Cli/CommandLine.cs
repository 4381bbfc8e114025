using System.Reflection;
using Governance.Core.Messages;

namespace Governance.Cli;

/// <summary>A command of the `governance` tool. Implementations are found by reflection, one file each.</summary>
public interface ICliCommand
{
    string Name { get; }

    /// <summary>One or more usage lines, shown by `governance help` and on wrong arguments.</summary>
    string Usage { get; }

    /// <summary>Runs the command. Returns the exit code: 0 success, 1 a domain failure, 2 wrong arguments.</summary>
    int Run(CliArguments args, TextWriter output, TextWriter error);
}

/// <summary>Thrown by a command for wrong arguments: the tool prints the message, the usage and exits 2.</summary>
public sealed class UsageException(string message) : Exception(message);

public static class CommandLine
{
    public const int Ok = 0, Failed = 1, WrongArguments = 2;

    public static IReadOnlyList<ICliCommand> Commands { get; } = typeof(CommandLine).Assembly.GetTypes()
        .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            PrintUsage(args.Length == 0 ? error : output);
            return args.Length == 0 ? WrongArguments : Ok;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine(Text.Format("CLI-UNKNOWN-COMMAND", args[0]));
            PrintUsage(error);
            return WrongArguments;
        }

        try
        {
            return command.Run(CliArguments.Parse(args.Skip(1)), output, error);
        }
        catch (UsageException e)
        {
            error.WriteLine($"{command.Name}: {e.Message}");
            error.WriteLine(Text.Format("CLI-USAGE"));
            foreach (var line in command.Usage.Split('\n')) error.WriteLine("  governance " + line);
            return WrongArguments;
        }
    }

    static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine(Text.Format("CLI-USAGE-LINE"));
        writer.WriteLine();
        foreach (var c in Commands)
            foreach (var line in c.Usage.Split('\n')) writer.WriteLine("  governance " + line);
    }
}

/// <summary>Positional arguments and `--name value` options (an option may repeat).</summary>
public sealed class CliArguments
{
    readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = [];

    public static CliArguments Parse(IEnumerable<string> args)
    {
        var result = new CliArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                string? value = null;
                var eq = name.IndexOf('=');
                if (eq > 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                else if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal))
                    throw new UsageException(Text.Format("CLI-OPTION-NEEDS-VALUE", name));
                else value = e.Current;
                if (!result.options.TryGetValue(name, out var list)) result.options[name] = list = [];
                list.Add(value);
            }
            else result.Positional.Add(a);
        }
        return result;
    }

    public string? Option(string name) => options.TryGetValue(name, out var v) ? v[^1] : null;
    public IReadOnlyList<string> Options(string name) => options.TryGetValue(name, out var v) ? v : [];

    public string Required(string name) => Option(name) ?? throw new UsageException(Text.Format("CLI-OPTION-MISSING", name));

    /// <summary>Rejects options the command does not know and more positional arguments than it takes.</summary>
    public void Expect(int maxPositional, params string[] known)
    {
        var unknown = options.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null) throw new UsageException(Text.Format("CLI-OPTION-UNKNOWN", unknown));
        if (Positional.Count > maxPositional) throw new UsageException(Text.Format("CLI-ARGUMENT-UNEXPECTED", Positional[maxPositional]));
    }
}
