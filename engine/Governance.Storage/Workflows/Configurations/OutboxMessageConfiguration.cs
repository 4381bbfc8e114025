using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Workflows.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRecord> b)
    {
        b.ToTable("wf_outbox");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.InstanceId).HasColumnName("instance_id").HasMaxLength(64);
        b.Property(x => x.Channel).HasColumnName("channel").HasMaxLength(100);
        b.Property(x => x.Recipient).HasColumnName("recipient").HasMaxLength(400);
        b.Property(x => x.Subject).HasColumnName("subject").HasMaxLength(400);
        b.Property(x => x.Body).HasColumnName("body");
        b.Property(x => x.DataJson).HasColumnName("data_json");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.SentAt).HasColumnName("sent_at");
        b.Property(x => x.Attempts).HasColumnName("attempts");
        b.Property(x => x.LastError).HasColumnName("last_error");
        b.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        b.Property(x => x.LeaseUntilMs).HasColumnName("lease_until_ms");
        b.HasIndex(x => new { x.Channel, x.SentAt }).HasDatabaseName("ix_wf_outbox_pending");
    }
}
