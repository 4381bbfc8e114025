using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;

namespace Governance.Core.Expressions;

/// <summary>
/// An object of the Liquid model whose members are read only when a template names them (Elsa's
/// LiquidPropertyAccessor): <c>Variables.Name</c> converts that one variable, not all of them.
/// </summary>
internal sealed class LiquidObject(Func<string, JsonNode?> member, Func<IEnumerable<string>> names) : ObjectValueBase(new object())
{
    public IEnumerable<string> Names => names();

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        new(LiquidSetup.ToFluid(member(name), context.Options));

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        GetValueAsync(index.ToStringValue(), context);

    /// <summary>All members as plain values (what the json filter writes).</summary>
    public override object ToObjectValue() => names().Distinct().ToDictionary(n => n, n => LiquidSetup.Plain(member(n)));

    public override string ToStringValue() => "";

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => default;
}
