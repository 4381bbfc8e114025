using Governance.Core.Definitions.Model;
using Governance.Core.Messages;

namespace Governance.Core.Definitions.Validation;

public enum Severity { Error, Warning }

/// <summary>One problem in a definition package: where (file and JSON path), what (code), and the zh-CN message.</summary>
public sealed record DefinitionError(string File, string Path, string Code, string Message, Severity Severity = Severity.Error)
{
    public override string ToString() => $"{File}:{Path}: {(Severity == Severity.Warning ? "warning " : "")}{Code} {Message}";
}

/// <summary>Collects every problem found, so that an administrator sees all of them at once.</summary>
public sealed class DefinitionErrors
{
    readonly List<DefinitionError> list = [];

    public IReadOnlyList<DefinitionError> All => list;
    public IEnumerable<DefinitionError> Errors => list.Where(e => e.Severity == Severity.Error);
    public IEnumerable<DefinitionError> Warnings => list.Where(e => e.Severity == Severity.Warning);
    public bool HasErrors => list.Any(e => e.Severity == Severity.Error);

    public void Add(SourceRef at, string code, params object?[] args) =>
        list.Add(new DefinitionError(at.File, at.Path, code, Text.Format(code, args)));

    /// <summary>A problem whose message another area has already worded (a flow's validator).</summary>
    public void AddWorded(SourceRef at, string code, string message) => list.Add(new DefinitionError(at.File, at.Path, code, message));

    public void Warn(SourceRef at, string code, params object?[] args) =>
        list.Add(new DefinitionError(at.File, at.Path, code, Text.Format(code, args), Severity.Warning));
}
