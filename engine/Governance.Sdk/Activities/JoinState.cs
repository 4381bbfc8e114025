namespace Governance.Sdk.Activities;

/// <summary>
/// Arrivals at a join node inside a flowchart: which inbound connections have delivered a token since
/// the join last fired. Only activities that merge branches (such as <c>Elsa.FlowJoin</c>) need it.
/// </summary>
public interface IJoinState
{
    /// <summary>Number of distinct inbound connections of the activity.</summary>
    int InboundConnections { get; }

    /// <summary>Distinct inbound connections that arrived since the last reset, including this one.</summary>
    int Arrived { get; }

    /// <summary>True when the join already fired for the current round (WaitAny absorbs late arrivals).</summary>
    bool Fired { get; }

    /// <summary>Remembers that the join fired in this round.</summary>
    void MarkFired();

    /// <summary>Starts a new round: forgets arrivals and the fired flag.</summary>
    void Reset();
}
