using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Workflows.Configurations;

public sealed class WorkflowTriggerConfiguration : IEntityTypeConfiguration<WorkflowTriggerRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowTriggerRecord> b)
    {
        b.ToTable("wf_triggers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(400);
        b.Property(x => x.DefinitionId).HasColumnName("definition_id").HasMaxLength(200);
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.ActivityId).HasColumnName("activity_id").HasMaxLength(200);
        b.Property(x => x.Name).HasColumnName("name").HasMaxLength(200);
        b.Property(x => x.Key).HasColumnName("key").HasMaxLength(400);
        b.Property(x => x.IntervalMs).HasColumnName("interval_ms");
        b.Property(x => x.DueAtMs).HasColumnName("due_at_ms");
        b.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        b.Property(x => x.LeaseUntilMs).HasColumnName("lease_until_ms");
        b.HasIndex(x => new { x.Name, x.Key }).HasDatabaseName("ix_wf_triggers_name_key");
        b.HasIndex(x => x.DueAtMs).HasDatabaseName("ix_wf_triggers_due");
        b.HasIndex(x => x.DefinitionId).HasDatabaseName("ix_wf_triggers_definition");
    }
}
