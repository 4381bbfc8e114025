using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;

namespace Governance.Core.Expressions;

/// <summary>Converts between JSON nodes (how the engine stores values) and Jint values, as JSON.parse/stringify would.</summary>
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
                    case JsonValueKind.String: return new JsString(v.GetValue<string>());
                    case JsonValueKind.True: return JsBoolean.True;
                    case JsonValueKind.False: return JsBoolean.False;
                    case JsonValueKind.Number: return JsNumber.Create(JsonScalars.Number(v));
                    case JsonValueKind.Null: return JsValue.Null;
                }
                break;
            // Built directly rather than through JSON text: parsing and stringifying cost more than the evaluation itself.
            case JsonObject o:
                var obj = new JsObject(engine);
                foreach (var (k, value) in o) obj.CreateDataProperty(k, ToJs(engine, value));
                return obj;
            case JsonArray a:
                var items = new JsValue[a.Count];
                for (var i = 0; i < items.Length; i++) items[i] = ToJs(engine, a[i]);
                return new JsArray(engine, items);
        }
        return new JsonParser(engine).Parse(node.ToJsonString());
    }

    /// <summary>As JSON.stringify would see it: functions and undefined members dropped, undefined array slots null, dates as ISO text.</summary>
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
        if (value.IsDate()) return JsonValue.Create(value.AsDate().ToDateTime().ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        if (value is JsArray array)
        {
            var list = new JsonArray();
            for (uint i = 0; i < array.Length; i++)
            {
                var item = array.Get(i);
                list.Add(item.IsUndefined() || item is Jint.Native.Function.Function ? null : ToJson(engine, item));
            }
            return list;
        }
        if (value is ObjectInstance o && o.GetType() == typeof(JsObject))
        {
            var result = new JsonObject();
            foreach (var (key, descriptor) in o.GetOwnProperties())
            {
                if (descriptor.Enumerable != true || !key.IsString()) continue;
                var member = descriptor.IsAccessorDescriptor() ? o.Get(key) : descriptor.Value;
                if (member.IsUndefined() || member is Jint.Native.Function.Function) continue;
                result[key.AsString()] = ToJson(engine, member);
            }
            return result;
        }
        // Boxed primitives, maps, typed arrays…: the exact path.
        var text = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return text.IsUndefined() ? null : JsonNode.Parse(text.AsString());
    }
}
