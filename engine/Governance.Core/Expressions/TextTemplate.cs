using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Governance.Core.Messages;

namespace Governance.Core.Expressions;

/// <summary>
/// A Liquid template (<c>你好 {{ Variables.Name | upcase }}</c>, <c>{% if … %}</c>) rendered with Fluid, the engine under
/// Elsa's own Liquid: Fluid's standard tags and its array, string, number and misc filters plus Elsa's <c>base64</c> and
/// <c>keys</c>. The model is Elsa's: <c>Variables</c>, <c>Input</c>, <c>WorkflowInstanceId</c>, <c>WorkflowDefinitionId</c>,
/// <c>WorkflowDefinitionVersion</c>, <c>CorrelationId</c> (and <c>Workflow.*</c>). Parse errors and unknown filters are found
/// when the template is compiled, at validation. Sandboxed: no member access beyond those values, no files, bounded
/// steps (loops), recursion and output size.
/// </summary>
public sealed class TextTemplate
{
    public const int MaxSteps = 100_000;
    public const int MaxLength = 1_000_000;

    static readonly FluidParser Parser = new();
    static readonly TemplateOptions Options = LiquidSetup.Options(MaxSteps);
    readonly IFluidTemplate compiled;

    public string Source { get; }

    TextTemplate(string source, IFluidTemplate compiled) { Source = source; this.compiled = compiled; }

    /// <summary>Compiles a template; throws <see cref="ExpressionException"/> (WF-TEMPLATE-INVALID) when it does not parse or names an unknown filter.</summary>
    public static TextTemplate Compile(string source)
    {
        if (!Parser.TryParse(source, out var template, out var error))
            throw Invalid(source, error);
        var bounds = new Bounds();
        var bounded = bounds.VisitTemplate(template);
        if (bounds.UnknownFilters.FirstOrDefault() is { } unknown)
            throw Invalid(source, Text.Format("WF-TEMPLATE-FILTER-UNKNOWN", unknown));
        return new TextTemplate(source, bounded);
    }

    public string Render(IExpressionScope scope, TimeProvider? clock = null)
    {
        var context = LiquidSetup.Context(Options, scope, clock ?? TimeProvider.System, MaxLength);
        using var writer = new BoundedWriter(MaxLength);
        try
        {
            compiled.RenderAsync(writer, context, NullEncoder.Default).AsTask().GetAwaiter().GetResult();
            return writer.ToString();
        }
        catch (BoundedWriter.TooLongException e)
        {
            throw new ExpressionException("WF-TEMPLATE-TOO-LONG", Text.Format("WF-TEMPLATE-TOO-LONG", MaxLength), e);
        }
        // Fluid reports too many steps (and too deep a recursion) with one message about "the maximum level".
        catch (InvalidOperationException e) when (e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExpressionException("WF-TEMPLATE-STEPS", Text.Format("WF-TEMPLATE-STEPS", MaxSteps), e);
        }
        catch (Exception e) when (e is not ExpressionException and not OutOfMemoryException)
        {
            throw new ExpressionException("WF-TEMPLATE-ERROR", Text.Format("WF-TEMPLATE-ERROR", e.Message), e);
        }
    }

    static ExpressionException Invalid(string source, string why) =>
        new("WF-TEMPLATE-INVALID", Text.Format("WF-TEMPLATE-INVALID", source.Length > 60 ? source[..60] + "…" : source, why));

    /// <summary>
    /// Rewrites a parsed template for the sandbox: a range (<c>(1..n)</c>) longer than <see cref="MaxSteps"/> is refused
    /// before Fluid builds it as an array; and the filters the engine does not have are collected.
    /// </summary>
    sealed class Bounds : AstRewriter
    {
        public List<string> UnknownFilters { get; } = [];

        protected override Expression VisitFilterExpression(FilterExpression filterExpression)
        {
            if (!Options.Filters.TryGetValue(filterExpression.Name, out _)) UnknownFilters.Add(filterExpression.Name);
            return base.VisitFilterExpression(filterExpression);
        }

        protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
            new BoundedRange((RangeExpression)base.VisitRangeExpression(rangeExpression));
    }

    sealed class BoundedRange(RangeExpression range) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
            var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
            if (Math.Abs(to - from) >= MaxSteps) throw new ExpressionException("WF-TEMPLATE-STEPS", Text.Format("WF-TEMPLATE-STEPS", MaxSteps));
            return await range.EvaluateAsync(context);
        }
    }
}
