using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Workflows.Configurations;

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntryRecord>
{
    public void Configure(EntityTypeBuilder<JournalEntryRecord> b)
    {
        b.ToTable("wf_journal");
        // (instance, sequence) is the key: a burst that ran twice could never write the same line twice.
        b.HasKey(x => new { x.InstanceId, x.Sequence });
        b.Property(x => x.InstanceId).HasColumnName("instance_id").HasMaxLength(64);
        b.Property(x => x.Sequence).HasColumnName("sequence");
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
        b.Property(x => x.Kind).HasColumnName("kind").HasMaxLength(40);
        b.Property(x => x.Text).HasColumnName("text");
    }
}
