using System.Text.Json.Nodes;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Forms.Loading;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Runtime;
using Governance.Core.Forms.Sources;

namespace Governance.Forms.Tests.Infrastructure;

/// <summary>The repository, its default package (loaded once) and helpers to compile a form written in a test.</summary>
public static class TestForms
{
    public static string Root { get; } = FindRoot();
    public static string Definitions => Path.Combine(Root, "definitions");

    static readonly Lazy<DefinitionSet> package = new(() => DefinitionLoader.Load(Definitions));
    public static DefinitionSet Package => package.Value;

    static readonly Lazy<FormValidators> defaults = new(() => new FormValidators(Package.Forms));
    public static FormValidators Defaults => defaults.Value;

    /// <summary>Sources answered from the default package, with two known users.</summary>
    public static FormEnvironment Environment { get; } = new()
    {
        Sources = new DefinitionFormSources(Package.City!, [new FieldOption("u001", "张伟"), new FieldOption("u002", "李娜")]),
    };

    /// <summary>Compiles a form written as JSON in a test; fails the test with every problem when it does not load.</summary>
    public static CompiledForm Compile(string json)
    {
        var (form, problems) = FormFiles.Parse(json);
        Assert.True(form is not null, string.Join("\n", problems));
        return new FormValidators(new FormLibrary([form!])).Compile(form!);
    }

    /// <summary>A one-field form: <paramref name="field"/> is the JSON of the field without its braces.</summary>
    public static CompiledForm OneField(string field, string extraFields = "") =>
        Compile($$"""{ "id": "t", "version": 1, "title": "测试", "fields": [ { {{field}} } {{extraFields}} ] }""");

    public static FormResult Submit(this CompiledForm form, string json, string step = "any", string? previous = null, string? caseData = null, FormEnvironment? env = null) =>
        form.Validate(new FormSubmission(step, JsonNode.Parse(json), previous is null ? null : JsonNode.Parse(previous)!.AsObject(),
            caseData is null ? null : JsonNode.Parse(caseData)!.AsObject()), env ?? Environment);

    /// <summary>The codes of the errors at a path, in order.</summary>
    public static string[] CodesAt(this FormResult r, string path) => r.Errors.Where(e => e.Path == path).Select(e => e.Code).ToArray();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Governance.sln"))) return dir.FullName;
        throw new InvalidOperationException("Governance.sln not found above " + AppContext.BaseDirectory);
    }
}
