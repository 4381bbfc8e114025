using System.Globalization;
using System.Text;
using System.Text.Json;
using Fluid;
using Fluid.Values;

namespace Governance.Core.Expressions;

/// <summary>The two filters Elsa adds to Fluid's: <c>base64</c> and <c>keys</c>, behaving as Elsa's do.</summary>
internal static class LiquidFilters
{
    /// <summary>The UTF-8 text of a value (objects and arrays as JSON) in Base64; nil stays nil.</summary>
    public static ValueTask<FluidValue> Base64(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        string? text = input.Type switch
        {
            FluidValues.Nil => null,
            FluidValues.String => input.ToStringValue(),
            FluidValues.Boolean => input.ToBooleanValue().ToString(),
            FluidValues.Number => input.ToNumberValue().ToString(CultureInfo.InvariantCulture),
            FluidValues.Array => JsonSerializer.Serialize(input.Enumerate(context).Select(o => o.ToObjectValue()), context.JsonSerializerOptions),
            _ => JsonSerializer.Serialize(input.ToObjectValue(), context.JsonSerializerOptions),
        };
        return new(text is null ? NilValue.Instance : new StringValue(Convert.ToBase64String(Encoding.UTF8.GetBytes(text))));
    }

    /// <summary>The keys of an object, as an array of strings.</summary>
    public static ValueTask<FluidValue> Keys(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        IEnumerable<string> keys = input switch
        {
            LiquidObject o => o.Names,
            _ => input.ToObjectValue() switch
            {
                IFluidIndexable indexable => indexable.Keys,
                IDictionary<string, object?> dictionary => dictionary.Keys,
                _ => [],
            },
        };
        return new(new ArrayValue(keys.Select(k => (FluidValue)new StringValue(k)).ToArray()));
    }
}
