using Governance.Core.Definitions.Model;

namespace Governance.Core.Reports.Model;

/// <summary>How a value is written and checked: a whole number (persons, households, cases) or a decimal (area, money, hours).</summary>
public enum ElementType { Integer, Decimal }

/// <summary>Where a value comes from: entered by hand once per period, or derived from cases by a query.</summary>
public enum ElementSource { Manual, Derived }

/// <summary>How often an element is collected: every month, in the last month of a quarter, or in December.</summary>
public enum CollectionCycle { Month, Quarter, Year }

/// <summary>
/// 时期数 (flow: counted over the period, so a quarter is the sum of its months) or 时点数 (stock: a state at the
/// period's end, so a quarter takes its last month).
/// </summary>
public enum ElementKind { Flow, Stock }

/// <summary>
/// One data element (数据项) of the dictionary: collected once, used by every report that names it.
/// </summary>
public sealed record DataElement(
    string Code,
    string Name,
    string Domain,
    string? Group,
    ElementType Type,
    string Unit,
    ElementSource Origin,
    DerivedQuery? Query,
    string Department,
    CollectionCycle Cycle,
    ElementKind Kind,
    OrgLevel CollectedAt,
    ElementValidation Validation,
    string? Note,
    SourceRef Source)
{
    public bool IsManual => Origin == ElementSource.Manual;

    /// <summary>Whether a sum of children makes the parent's value (counts and amounts do; averages and rates do not).</summary>
    public bool IsAdditive => Query is null || Query.Measure is Measure.Count or Measure.Sum;

    /// <summary>Whether the element is collected in this month (a quarterly element in March, June, September, December).</summary>
    public bool CollectedIn(int month) => Cycle switch
    {
        CollectionCycle.Quarter => month % 3 == 0,
        CollectionCycle.Year => month == 12,
        _ => true,
    };
}

/// <summary>What a hand-entered value must satisfy.</summary>
public sealed record ElementValidation(bool Required, double? Min, double? Max, IReadOnlyList<ElementRule> Rules)
{
    public static ElementValidation None { get; } = new(false, null, null, []);
}

/// <summary>A rule between elements: not greater than another (其中项 ≤ 总数), or equal to the sum of others (合计 = 分项之和).</summary>
public enum RuleKind { NotGreaterThan, EqualsSumOf }

public sealed record ElementRule(RuleKind Kind, IReadOnlyList<string> Elements, SourceRef Source);

/// <summary>A domain of the dictionary (人口与户籍, 矛盾纠纷 …): one file in reports/dictionary/.</summary>
public sealed record DataDomain(string Code, string Name, int Order, SourceRef Source);
