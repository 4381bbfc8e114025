using Governance.Storage.Reports.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Reports.Configurations;

public sealed class CollectionConfiguration : IEntityTypeConfiguration<CollectionRecord>
{
    public void Configure(EntityTypeBuilder<CollectionRecord> b)
    {
        b.ToTable("report_collections");
        b.HasKey(x => new { x.UnitCode, x.Period, x.Revision });
        b.Property(x => x.UnitCode).HasColumnName("unit_code").HasMaxLength(20);
        b.Property(x => x.Period).HasColumnName("period").HasMaxLength(7);
        b.Property(x => x.Revision).HasColumnName("revision");
        b.Property(x => x.State).HasColumnName("state").HasMaxLength(20);
        b.Property(x => x.ValuesJson).HasColumnName("values_json");
        b.Property(x => x.Reason).HasColumnName("reason").HasMaxLength(1000);
        b.Property(x => x.SubmittedBy).HasColumnName("submitted_by").HasMaxLength(100);
        b.Property(x => x.SubmittedAt).HasColumnName("submitted_at");
        b.Property(x => x.ReviewedBy).HasColumnName("reviewed_by").HasMaxLength(100);
        b.Property(x => x.ReviewedAt).HasColumnName("reviewed_at");
        b.Property(x => x.ReviewComment).HasColumnName("review_comment").HasMaxLength(1000);
        b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        b.Property(x => x.Version).HasColumnName("version").IsConcurrencyToken();
        b.HasIndex(x => new { x.Period, x.UnitCode }).HasDatabaseName("ix_report_collections_period_unit_code");
    }
}

public sealed class CollectionJournalConfiguration : IEntityTypeConfiguration<CollectionJournalRecord>
{
    public void Configure(EntityTypeBuilder<CollectionJournalRecord> b)
    {
        b.ToTable("report_collection_journal");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.UnitCode).HasColumnName("unit_code").HasMaxLength(20);
        b.Property(x => x.Period).HasColumnName("period").HasMaxLength(7);
        b.Property(x => x.Revision).HasColumnName("revision");
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.AtMs).HasColumnName("at_ms");
        b.Property(x => x.Action).HasColumnName("action").HasMaxLength(20);
        b.Property(x => x.Actor).HasColumnName("actor").HasMaxLength(100);
        b.Property(x => x.ActorName).HasColumnName("actor_name").HasMaxLength(100);
        b.Property(x => x.Comment).HasColumnName("comment").HasMaxLength(1000);
        b.Property(x => x.ChangesJson).HasColumnName("changes_json");
        b.HasIndex(x => new { x.UnitCode, x.Period, x.AtMs }).HasDatabaseName("ix_report_collection_journal_unit_code_period_at_ms");
    }
}

public sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJobRecord>
{
    public void Configure(EntityTypeBuilder<ExportJobRecord> b)
    {
        b.ToTable("report_exports");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.Kind).HasColumnName("kind").HasMaxLength(20);
        b.Property(x => x.Target).HasColumnName("target").HasMaxLength(100);
        b.Property(x => x.UnitCode).HasColumnName("unit_code").HasMaxLength(20);
        b.Property(x => x.Period).HasColumnName("period").HasMaxLength(7);
        b.Property(x => x.RequestedBy).HasColumnName("requested_by").HasMaxLength(100);
        b.Property(x => x.RequestedAt).HasColumnName("requested_at");
        b.Property(x => x.State).HasColumnName("state").HasMaxLength(20);
        b.Property(x => x.Done).HasColumnName("done");
        b.Property(x => x.Total).HasColumnName("total");
        b.Property(x => x.FileName).HasColumnName("file_name").HasMaxLength(260);
        b.Property(x => x.Path).HasColumnName("path").HasMaxLength(1000);
        b.Property(x => x.Size).HasColumnName("size");
        b.Property(x => x.Error).HasColumnName("error").HasMaxLength(2000);
        b.Property(x => x.CompletedAt).HasColumnName("completed_at");
        b.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        b.Property(x => x.LeaseUntilMs).HasColumnName("lease_until_ms");
        b.HasIndex(x => new { x.State, x.RequestedAt }).HasDatabaseName("ix_report_exports_state_requested_at");
    }
}
