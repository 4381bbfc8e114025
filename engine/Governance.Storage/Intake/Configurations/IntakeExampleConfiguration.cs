using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Intake.Configurations;

public sealed class IntakeExampleConfiguration : IEntityTypeConfiguration<IntakeExampleRecord>
{
    public void Configure(EntityTypeBuilder<IntakeExampleRecord> b)
    {
        b.ToTable("intake_examples");
        b.HasKey(x => x.Id).HasName("pk_intake_examples");
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(100);
        b.Property(x => x.CaseId).HasColumnName("case_id").HasMaxLength(100);
        b.Property(x => x.CountyCode).HasColumnName("county_code").HasMaxLength(100);
        b.Property(x => x.GridCode).HasColumnName("grid_code").HasMaxLength(100);
        b.Property(x => x.Channel).HasColumnName("channel").HasMaxLength(100);
        b.Property(x => x.Text).HasColumnName("text").HasMaxLength(4000);
        b.Property(x => x.ReportedItem).HasColumnName("reported_item").HasMaxLength(100);
        b.Property(x => x.Item).HasColumnName("item").HasMaxLength(100);
        b.Property(x => x.AtMs).HasColumnName("at_ms");
        b.HasIndex(x => new { x.CountyCode, x.AtMs }).HasDatabaseName("ix_intake_examples_county_code_at_ms");
    }
}
