namespace Governance.Core.Definitions.Model;

/// <summary>Where a definition element came from: a file relative to the package root and a JSON path in it.</summary>
public sealed record SourceRef(string File, string Path)
{
    public static readonly SourceRef None = new("", "$");

    public SourceRef Field(string name) => this with { Path = $"{Path}.{name}" };

    public SourceRef Index(int index) => this with { Path = $"{Path}[{index}]" };

    public override string ToString() => $"{File}:{Path}";
}
