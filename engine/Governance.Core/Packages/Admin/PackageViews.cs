using System.Text.Json.Nodes;
using Governance.Core.Definitions.Validation;

namespace Governance.Core.Packages.Admin;

/// <summary>A scope the editor may administer: the city or a county, its published version and how many documents its draft changes.</summary>
public sealed record ScopeInfo(string Code, string Name, string Kind, bool HasOverlay, int Version, int DraftChanges, bool Editable);

/// <summary>Where a document stands: published as is, or changed, added or removed by the draft.</summary>
public enum DocumentState { Published, Changed, Added, Removed }

/// <summary>A document of a scope, as listed: its path, state, and the version that last changed it.</summary>
public sealed record DocumentInfo(string Path, DocumentState State, int? ChangedIn, string? DraftBy, DateTimeOffset? DraftAt);

/// <summary>One document's content: from the published version (or an older one), or from the draft.</summary>
public sealed record DocumentContent(string Scope, string Path, JsonNode Content, bool FromDraft, int Version);

/// <summary>What the package would be with a scope's draft: every problem, and those of one document when asked.</summary>
public sealed record DraftCheck(bool Valid, IReadOnlyList<DefinitionError> Problems);

/// <summary>A publish that went through (its version), or was refused with every problem.</summary>
public sealed record PublishResult(PackageVersion? Version, IReadOnlyList<DefinitionError> Problems);
