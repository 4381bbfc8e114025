using System.Collections.Concurrent;
using Governance.Core.Forms.Model;

namespace Governance.Core.Forms.Runtime;

/// <summary>
/// Compiles each form version once and keeps it: a submission for (id, version) reuses the compiled validator.
/// A new version of a form is a new entry; versions already in use stay as they were.
/// </summary>
public sealed class FormValidators(FormLibrary library)
{
    readonly ConcurrentDictionary<string, Lazy<CompiledForm>> compiled = new(StringComparer.Ordinal);

    public FormLibrary Library => library;

    /// <summary>The compiled validator of a form version; null when the library has no such version.</summary>
    public CompiledForm? Get(string id, int version) =>
        library.Get(id, version) is { } definition ? Compile(definition) : null;

    /// <summary>The compiled validator of the newest version: what a new task is filled with.</summary>
    public CompiledForm? Latest(string id) => library.Latest(id) is { } definition ? Compile(definition) : null;

    public CompiledForm Compile(FormDefinition definition) =>
        compiled.GetOrAdd(definition.Key, _ => new Lazy<CompiledForm>(() => new CompiledForm(definition))).Value;
}
