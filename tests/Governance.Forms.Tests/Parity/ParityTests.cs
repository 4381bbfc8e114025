using System.Text.Json.Nodes;
using Governance.Core.Forms.Loading;
using Governance.Core.Forms.Model;
using Governance.Core.Forms.Runtime;
using Governance.Core.Messages;
using Governance.Forms.Tests.Infrastructure;

namespace Governance.Forms.Tests.Parity;

/// <summary>
/// Same answer in the browser and on the server: every case of Parity/cases.json (forms covering every field type,
/// rule kind, condition, calculation, sub-table and step permission) is run through designer/src/forms under node
/// and through <see cref="CompiledForm"/>; data, errors (path, code, Chinese message, in order), ignored keys and
/// field states must be equal.
/// </summary>
public class ParityTests
{
    static readonly JsonObject Input = JsonNode.Parse(File.ReadAllText(BrowserRun.CasesFile))!.AsObject();

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var c in Input["cases"]!.AsArray()) names.Add((string)c!["name"]!);
        return names;
    }

    [Fact]
    public void There_are_at_least_forty_cases() => Assert.True(CaseNames().Count >= 40);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_browser_and_the_server_give_the_same_answer(string name)
    {
        var c = Input["cases"]!.AsArray().Single(x => (string)x!["name"]! == name)!;
        var browser = Output(name);
        var form = Compile((string)c["form"]!);
        var server = form.Validate(new FormSubmission((string)c["step"]!, c["data"]?.DeepClone(),
            c["previous"]?.DeepClone() as JsonObject, c["caseData"]?.DeepClone() as JsonObject), new FormEnvironment { Sources = new ListSources(Input["sources"]!.AsObject()) });

        Assert.Equal(server.Errors.Select(e => $"{e.Path} {e.Code} {e.Message}"),
            browser["errors"]!.AsArray().Select(e => $"{e!["path"]} {e["code"]} {e["message"]}"));
        Assert.Equal(server.Ignored, browser["ignored"]!.AsArray().Select(i => (string)i!));
        Assert.Equal(server.States.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value.Visible} {s.Value.ReadOnly} {s.Value.Required}"),
            browser["states"]!.AsObject().OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => $"{s.Key} {(bool)s.Value!["visible"]!} {(bool)s.Value["readOnly"]!} {(bool)s.Value["required"]!}"));
        Assert.True(Same(server.Data, browser["data"]), $"server {server.Data.ToJsonString()}\nbrowser {browser["data"]!.ToJsonString()}");
    }

    [Fact]
    public void Both_sides_have_the_same_messages()
    {
        var browser = BrowserRun.Output["messages"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
        var server = Text.All.Where(p => p.Key.StartsWith("FORM-", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(server.OrderBy(p => p.Key), browser.OrderBy(p => p.Key));
    }

    [Fact]
    public void Both_sides_word_the_expression_language_the_same()
    {
        var browser = BrowserRun.Output["expressionMessages"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
        var server = Text.All.Where(p => p.Key.StartsWith("DEF-FORM-EXPR-", StringComparison.Ordinal) || p.Key.StartsWith("EXPR-", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(server.OrderBy(p => p.Key), browser.OrderBy(p => p.Key));
    }

    static JsonObject Output(string name) =>
        BrowserRun.Output["results"]!.AsArray().Single(r => (string)r!["name"]! == name)!.AsObject();

    static CompiledForm Compile(string name)
    {
        var json = name.StartsWith("file:", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(TestForms.Definitions, "forms", name[5..]))
            : Input["forms"]![name]!.ToJsonString();
        var (form, problems) = FormFiles.Parse(json);
        Assert.True(form is not null, string.Join("\n", problems));
        return new FormValidators(new FormLibrary([form!])).Compile(form!);
    }

    /// <summary>Numbers by value, objects in any key order, missing equal to null: the server's notion of "unchanged".</summary>
    static bool Same(JsonNode? a, JsonNode? b) => a switch
    {
        null => b is null || b.GetValueKind() == System.Text.Json.JsonValueKind.Null,
        JsonObject oa => b is JsonObject ob && oa.Select(p => p.Key).Union(ob.Select(p => p.Key)).All(k => Same(oa[k], ob[k])),
        JsonArray aa => b is JsonArray ab && aa.Count == ab.Count && aa.Zip(ab).All(p => Same(p.First, p.Second)),
        JsonValue va when va.GetValueKind() == System.Text.Json.JsonValueKind.Null => Same(null, b),
        JsonValue va => b is JsonValue vb && va.GetValueKind() == vb.GetValueKind()
            && (va.GetValueKind() == System.Text.Json.JsonValueKind.Number ? va.GetValue<double>() == vb.GetValue<double>() : va.ToJsonString() == vb.ToJsonString()),
        _ => false,
    };

    /// <summary>The sources of cases.json: the same lists the browser run looks values up in.</summary>
    sealed class ListSources(JsonObject lists) : IFormSources
    {
        public bool? Contains(string source, string value) =>
            lists[source] is JsonArray list ? list.Any(v => (string?)v == value) : null;

        public IEnumerable<FieldOption> Options(string source) => [];
    }
}
