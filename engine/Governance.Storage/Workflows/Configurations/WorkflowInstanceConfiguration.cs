using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Workflows.Configurations;

public sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> b)
    {
        b.ToTable("wf_instances");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.DefinitionId).HasColumnName("definition_id").HasMaxLength(200);
        b.Property(x => x.DefinitionVersion).HasColumnName("definition_version");
        b.Property(x => x.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.StateJson).HasColumnName("state_json");
        b.Property(x => x.Revision).HasColumnName("revision");
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        b.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        b.Property(x => x.LeaseUntilMs).HasColumnName("lease_until_ms");
        b.Property(x => x.FaultCode).HasColumnName("fault_code").HasMaxLength(100);
        b.HasIndex(x => new { x.Status, x.LeaseUntilMs }).HasDatabaseName("ix_wf_instances_status_lease");
        b.HasIndex(x => new { x.DefinitionId, x.DefinitionVersion }).HasDatabaseName("ix_wf_instances_definition");
    }
}
