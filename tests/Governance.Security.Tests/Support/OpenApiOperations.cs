using System.Text.Json.Nodes;

namespace Governance.Security.Tests.Support;

/// <summary>One operation of the server's OpenAPI document: its method and path template, parameters and body schema.</summary>
public sealed record Operation(string Method, string Path, IReadOnlyList<OperationParameter> Parameters, JsonObject? Body, JsonObject Components)
{
    public string Key => $"{Method} {Path}";
    public override string ToString() => Key;
}

public sealed record OperationParameter(string Name, string In, bool Required, JsonObject Schema);

/// <summary>Reads the operations the server documents, with references into components resolved.</summary>
public static class OpenApiOperations
{
    public static async Task<IReadOnlyList<Operation>> ReadAsync(HttpClient client)
    {
        var doc = await client.GetAsync("/openapi/v1.json").Ok();
        var components = doc["components"]?["schemas"] as JsonObject ?? [];
        var list = new List<Operation>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
            foreach (var (method, op) in item!.AsObject())
            {
                var parameters = (op!["parameters"] as JsonArray ?? []).OfType<JsonObject>().Select(p => new OperationParameter(
                    (string)p["name"]!, (string)p["in"]!, p["required"]?.GetValue<bool>() == true, Resolve(p["schema"], components) ?? [])).ToList();
                var body = op["requestBody"]?["content"] is JsonObject content
                    ? Resolve(content.FirstOrDefault().Value?["schema"], components) : null;
                list.Add(new Operation(method.ToUpperInvariant(), path, parameters, body, components));
            }
        return list;
    }

    /// <summary>A schema with its $ref replaced by the component it names (one level; properties are resolved when read).</summary>
    public static JsonObject? Resolve(JsonNode? schema, JsonObject components)
    {
        if (schema is not JsonObject s) return null;
        if (s["$ref"]?.GetValue<string>() is { } r && components[r.Split('/').Last()] is JsonObject target) return Resolve(target, components);
        return s;
    }
}
