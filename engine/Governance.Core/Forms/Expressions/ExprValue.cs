using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Core.Forms.Expressions;

/// <summary>The kinds of value an expression handles: JSON's, plus JavaScript's <c>undefined</c> (a missing key).</summary>
public enum ExprKind : byte { Undefined, Null, Boolean, Number, String, Array, Object }

/// <summary>
/// One value of a form expression. Data is read in place: an object or array from the form is the
/// <see cref="JsonNode"/> itself (so <c>===</c> compares them by identity, as JavaScript does), never a copy.
/// An array literal of the expression is a <see cref="ExprValue"/>[]. A struct: evaluating allocates nothing for numbers.
/// </summary>
public readonly struct ExprValue
{
    readonly double number;
    readonly object? reference; // string, JsonObject, JsonArray or ExprValue[]

    ExprValue(ExprKind kind, double number, object? reference)
    {
        Kind = kind; this.number = number; this.reference = reference;
    }

    public ExprKind Kind { get; }

    public static readonly ExprValue Undefined = default;
    public static readonly ExprValue Null = new(ExprKind.Null, 0, null);
    public static readonly ExprValue True = new(ExprKind.Boolean, 1, null);
    public static readonly ExprValue False = new(ExprKind.Boolean, 0, null);

    public static ExprValue Of(double n) => new(ExprKind.Number, n, null);
    public static ExprValue Of(bool b) => b ? True : False;
    public static ExprValue Of(string s) => new(ExprKind.String, 0, s);
    public static ExprValue Of(JsonObject o) => new(ExprKind.Object, 0, o);
    public static ExprValue Of(JsonArray a) => new(ExprKind.Array, 0, a);
    public static ExprValue Of(ExprValue[] items) => new(ExprKind.Array, 0, items);

    public double Number => number;
    public bool Boolean => number != 0;
    public string String => (string)reference!;
    public JsonObject Object => (JsonObject)reference!;
    /// <summary>The identity of an object or array, for <c>===</c>.</summary>
    public object? Reference => reference;
    public bool IsNullish => Kind is ExprKind.Undefined or ExprKind.Null;

    /// <summary>The number of elements of an array.</summary>
    public int Count => reference is JsonArray a ? a.Count : ((ExprValue[])reference!).Length;

    /// <summary>The element at <paramref name="i"/> of an array (0 ≤ i &lt; <see cref="Count"/>).</summary>
    public ExprValue Element(int i) => reference is JsonArray a ? FromJson(a[i]) : ((ExprValue[])reference!)[i];

    /// <summary>A value of the form's data as the expression sees it; a JSON null is null, a missing value undefined.</summary>
    public static ExprValue FromJson(JsonNode? node) => node switch
    {
        null => Null,
        JsonObject o => Of(o),
        JsonArray a => Of(a),
        JsonValue v => v.GetValueKind() switch
        {
            // A value built in C# (a date, a Guid) reads as the text JSON writes for it.
            JsonValueKind.String => Of(v.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(v.ToJsonString())!),
            JsonValueKind.Number => Of(v.TryGetValue<double>(out var d) ? d : double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)),
            JsonValueKind.True => True,
            JsonValueKind.False => False,
            _ => Null,
        },
        _ => Null,
    };

    /// <summary>
    /// The value as JSON, to store in the form's data: undefined and numbers JSON cannot hold (NaN, ±Infinity) become
    /// null, as <c>JSON.stringify</c> makes them; objects and arrays are copied, never shared with the data they came from.
    /// </summary>
    public JsonNode? ToJson() => Kind switch
    {
        ExprKind.Boolean => JsonValue.Create(Boolean),
        ExprKind.Number => NumberJson(number),
        ExprKind.String => JsonValue.Create(String),
        ExprKind.Object => Object.DeepClone(),
        ExprKind.Array when reference is JsonArray a => a.DeepClone(),
        ExprKind.Array => new JsonArray(((ExprValue[])reference!).Select(e => e.ToJson()).ToArray()),
        _ => null,
    };

    /// <summary>A number as JSON holds it: NaN and ±Infinity are null, -0 is 0 (as JSON.stringify writes them).</summary>
    public static JsonNode? NumberJson(double d) =>
        !double.IsFinite(d) ? null : JsonValue.Create(d == 0 ? 0.0 : d);
}
