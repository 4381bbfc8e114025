using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Intake.Configurations;

public sealed class IntakeModelConfiguration : IEntityTypeConfiguration<IntakeModelRecord>
{
    public void Configure(EntityTypeBuilder<IntakeModelRecord> b)
    {
        b.ToTable("intake_models");
        b.HasKey(x => new { x.CountyCode, x.Version }).HasName("pk_intake_models");
        b.Property(x => x.CountyCode).HasColumnName("county_code").HasMaxLength(100);
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
        b.Property(x => x.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        b.Property(x => x.Examples).HasColumnName("examples");
        b.Property(x => x.HeldOut).HasColumnName("held_out");
        b.Property(x => x.Top1).HasColumnName("top1");
        b.Property(x => x.Top3).HasColumnName("top3");
        b.Property(x => x.BaseTop1).HasColumnName("base_top1");
        b.Property(x => x.BaseTop3).HasColumnName("base_top3");
        b.Property(x => x.Active).HasColumnName("active");
        b.Property(x => x.Features).HasColumnName("features").HasMaxLength(100);
        b.Property(x => x.Parameters).HasColumnName("parameters").HasMaxLength(2000);
        b.Property(x => x.LastExampleMs).HasColumnName("last_example_ms");
        b.Property(x => x.Note).HasColumnName("note").HasMaxLength(1000);
        b.Property(x => x.Payload).HasColumnName("payload");
        b.HasIndex(x => new { x.CountyCode, x.Active }).HasDatabaseName("ix_intake_models_county_code_active");
    }
}
