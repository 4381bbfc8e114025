using Governance.Core.Workflows.Model;

namespace Governance.Core.Packages;

/// <summary>A flow of the package: the document it came from, as read (its version is the workflow store's business).</summary>
public sealed record PackageWorkflow(string Path, WorkflowDefinition Definition);
