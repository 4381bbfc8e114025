using Governance.Storage.Workflows.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Workflows.Configurations;

public sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> b)
    {
        b.ToTable("wf_definitions");
        b.HasKey(x => new { x.DefinitionId, x.Version });
        b.Property(x => x.DefinitionId).HasColumnName("definition_id").HasMaxLength(200);
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.Name).HasColumnName("name").HasMaxLength(400);
        b.Property(x => x.Json).HasColumnName("json");
        b.Property(x => x.PublishedAt).HasColumnName("published_at");
    }
}
