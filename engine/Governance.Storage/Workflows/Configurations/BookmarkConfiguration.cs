using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Workflows.Configurations;

public sealed class BookmarkConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> b)
    {
        b.ToTable("wf_bookmarks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.InstanceId).HasColumnName("instance_id").HasMaxLength(64);
        b.Property(x => x.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
        b.Property(x => x.Name).HasColumnName("name").HasMaxLength(200);
        b.Property(x => x.Key).HasColumnName("key").HasMaxLength(400);
        b.Property(x => x.DueAtMs).HasColumnName("due_at_ms");
        b.Property(x => x.PayloadJson).HasColumnName("payload_json");
        b.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        b.Property(x => x.LeaseUntilMs).HasColumnName("lease_until_ms");
        b.HasIndex(x => new { x.Name, x.Key }).HasDatabaseName("ix_wf_bookmarks_name_key");
        b.HasIndex(x => x.DueAtMs).HasDatabaseName("ix_wf_bookmarks_due");
        b.HasIndex(x => x.InstanceId).HasDatabaseName("ix_wf_bookmarks_instance");
    }
}
