namespace Governance.Core.Workflows.Serialization;

/// <summary>A workflow file that cannot be read; the message names the file, the JSON path and the problem.</summary>
public sealed class WorkflowImportException(string code, string path, string message)
    : Exception($"{code}: {message}（位置 {path}）")
{
    public string Code { get; } = code;
    public string JsonPath { get; } = path;
}
