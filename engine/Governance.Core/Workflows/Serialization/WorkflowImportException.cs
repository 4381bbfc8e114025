using Governance.Core.Messages;
namespace Governance.Core.Workflows.Serialization;

/// <summary>A workflow file that cannot be read; the message names the file, the JSON path and the problem.</summary>
public sealed class WorkflowImportException(string code, string path, string message)
    : Exception(Text.Format("WF-AT-PATH", code, message, path))
{
    public string Code { get; } = code;
    public string JsonPath { get; } = path;
}
