using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;

namespace Governance.Core.Expressions;

/// <summary>Converts between JSON nodes (how the engine stores values) and Jint values.</summary>
internal static class JsonJs
{
    public static JsValue ToJs(Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null: return JsValue.Null;
            case JsonValue v:
                switch (v.GetValueKind())
                {
                    case JsonValueKind.String: return new JsValue(v.GetValue<string>());
                    case JsonValueKind.True: return JsValue.True;
                    case JsonValueKind.False: return JsValue.False;
                    case JsonValueKind.Number: return new JsValue(JsonNumbers.Number(v));
                    case JsonValueKind.Null: return JsValue.Null;
                }
                break;
        }
        return new JsonParser(engine).Parse(node.ToJsonString());
    }

    public static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        if (value.IsString()) return JsonValue.Create(value.AsString());
        if (value.IsBoolean()) return JsonValue.Create(value.AsBoolean());
        if (value.IsNumber())
        {
            var d = value.AsNumber();
            if (double.IsNaN(d) || double.IsInfinity(d)) return null;
            return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }
        if (value.IsDate()) return JsonValue.Create(value.AsDate().ToDateTime().ToString("O"));
        var text = engine.Json.Stringify(JsValue.Undefined, [value]);
        return text.IsUndefined() ? null : JsonNode.Parse(text.AsString());
    }
}
