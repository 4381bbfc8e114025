using Governance.TestSupport;
using Governance.Core.Definitions;
using Governance.Core.Packages;
using Governance.Core.Forms.Runtime;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.DefaultForms;

/// <summary>Editing a form is adding a version: new tasks get the new rules, data filled under the old version still validates under it.</summary>
public class VersioningTests
{
    [Fact]
    public void A_new_version_with_a_new_required_field_changes_only_new_submissions()
    {
        using var package = new PackageCopy();
        var v1 = File.ReadAllText(Path.Combine(package.Dir, "forms/verify.v1.json"));
        package.Write("forms/verify.v2.json", v1
            .Replace("\"version\": 1", "\"version\": 2")
            .Replace("\"fields\": [", "\"fields\": [ { \"key\": \"inspector\", \"type\": \"text\", \"label\": \"核查人\", \"required\": true },"));
        var set = DefinitionLoader.Load(package.Dir);
        Assert.True(set.IsValid, string.Join("\n", set.Problems.All));
        var validators = new FormValidators(set.Forms);

        const string Old = """{ "conclusion": "pass", "method": "phone", "verifiedAt": "2026-11-20T15:00:00+08:00" }""";
        Assert.Equal(2, validators.Latest("verify")!.Definition.Version);
        var underNew = validators.Latest("verify")!.Submit(Old, step: "verify");
        Assert.Equal(["inspector:请填写“核查人”"], underNew.Errors.Select(e => $"{e.Path}:{e.Message}"));

        var underOld = validators.Get("verify", 1)!.Submit(Old, step: "verify");
        Assert.True(underOld.IsValid, string.Join("\n", underOld.Errors));
        Assert.Same(validators.Get("verify", 1), validators.Get("verify", 1)); // compiled once per version
    }
}
