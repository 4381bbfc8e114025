using System.Text.Json.Nodes;
using Governance.Forms.Tests.Infrastructure;
using NJsonSchema;

namespace Governance.Forms.Tests.DefaultForms;

/// <summary>Each form's exported JSON Schema (draft-07), read by NJsonSchema, accepts what the validator saved and rejects wrong data.</summary>
public class SchemaTests
{
    static Task<JsonSchema> Schema(string id) => JsonSchema.FromJsonAsync(TestForms.Defaults.Latest(id)!.JsonSchema().ToJsonString());

    [Theory]
    [InlineData("reply", "handle", DefaultFormTests.Reply)]
    [InlineData("intake-dispute", "report", DefaultFormTests.DisputeReport)]
    public async Task The_schema_accepts_data_the_validator_saved(string id, string step, string submission)
    {
        var saved = TestForms.Defaults.Latest(id)!.Submit(submission, step: step,
            env: TestForms.Environment with { Counter = new Core.Forms.Runtime.InMemorySerialCounter() });
        Assert.True(saved.IsValid, string.Join("\n", saved.Errors));
        Assert.Empty((await Schema(id)).Validate(saved.Data.ToJsonString()));
    }

    [Theory]
    [InlineData("cost", "\"三百\"", "NoTypeValidates #/cost")]
    [InlineData("result", "\"done\"", "NotInEnumeration #/result")]
    [InlineData("photosBefore", "[{ \"name\": \"a.jpg\" }]", "ArrayItemNotValid #/photosBefore[0]")]
    [InlineData("signature", "\"data:image/jpeg;base64,abc\"", "PatternMismatch #/signature")]
    [InlineData("finishedAt", "\"下午三点\"", "PatternMismatch #/finishedAt")]
    [InlineData("hacked", "true", "NoAdditionalPropertiesAllowed #/hacked")]
    public async Task The_schema_rejects_wrong_data(string field, string value, string expected)
    {
        var data = JsonNode.Parse(DefaultFormTests.Reply)!.AsObject();
        data[field] = JsonNode.Parse(value);
        var errors = (await Schema("reply")).Validate(data.ToJsonString());
        Assert.Equal([expected], errors.Select(e => $"{e.Kind} {e.Path}"));
    }

    [Fact]
    public async Task The_schema_requires_what_every_step_must_have_and_checks_sub_table_rows()
    {
        var data = JsonNode.Parse(DefaultFormTests.DisputeReport)!.AsObject();
        data.Remove("description");
        data["parties"]![0]!["claim"] = "很多";
        var errors = (await Schema("intake-dispute")).Validate(data.ToJsonString());
        Assert.Equal(["PropertyRequired #/description", "ArrayItemNotValid #/parties[0]"], errors.Select(e => $"{e.Kind} {e.Path}"));
    }
}
