namespace Governance.Storage.Intake;

/// <summary>A registration's lesson: the text and the item the center registered it under (see IntakeExample).</summary>
public sealed class IntakeExampleRecord
{
    public required string Id { get; set; }
    public required string CaseId { get; set; }
    public required string CountyCode { get; set; }
    public required string GridCode { get; set; }
    public required string Channel { get; set; }
    public required string Text { get; set; }
    public required string ReportedItem { get; set; }
    public required string Item { get; set; }
    public long AtMs { get; set; }
}

/// <summary>A trained version of a county's learned layer, with its held-out figures and its payload.</summary>
public sealed class IntakeModelRecord
{
    public required string CountyCode { get; set; }
    public int Version { get; set; }
    public long CreatedAtMs { get; set; }
    public string? CreatedBy { get; set; }
    public int Examples { get; set; }
    public int HeldOut { get; set; }
    public double? Top1 { get; set; }
    public double? Top3 { get; set; }
    public double? BaseTop1 { get; set; }
    public double? BaseTop3 { get; set; }
    public bool Active { get; set; }
    public required string Features { get; set; }
    public required string Parameters { get; set; }
    public long? LastExampleMs { get; set; }
    public string? Note { get; set; }
    public required byte[] Payload { get; set; }
}
