using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Cases.Configurations;

public sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTaskRecord>
{
    public void Configure(EntityTypeBuilder<CaseTaskRecord> b)
    {
        b.ToTable("case_tasks");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.CaseId).HasColumnName("case_id").HasMaxLength(64);
        b.Property(x => x.Step).HasColumnName("step").HasMaxLength(40);
        b.Property(x => x.Role).HasColumnName("role").HasMaxLength(20);
        b.Property(x => x.UnitCode).HasColumnName("unit_code").HasMaxLength(20);
        b.Property(x => x.DepartmentCode).HasColumnName("department_code").HasMaxLength(40);
        b.Property(x => x.Actions).HasColumnName("actions").HasMaxLength(400);
        b.Property(x => x.CreatedAt).HasColumnName("created_at");
        b.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
        b.Property(x => x.FromWorkflow).HasColumnName("from_workflow");
        b.Property(x => x.FormId).HasColumnName("form_id").HasMaxLength(100);
        b.Property(x => x.FormVersion).HasColumnName("form_version");
        b.Property(x => x.State).HasColumnName("state").HasMaxLength(20);
        b.Property(x => x.CompletedAt).HasColumnName("completed_at");
        b.Property(x => x.CompletedBy).HasColumnName("completed_by").HasMaxLength(100);
        b.Property(x => x.SignedBy).HasColumnName("signed_by").HasMaxLength(100);
        b.Property(x => x.SignedAt).HasColumnName("signed_at");
        b.Property(x => x.ClockJson).HasColumnName("clock_json");
        b.Property(x => x.DeadlineMs).HasColumnName("deadline_ms");
        b.Property(x => x.Warning).HasColumnName("warning").HasMaxLength(20);
        b.Property(x => x.NextWarningMs).HasColumnName("next_warning_ms");
        b.Property(x => x.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        b.Property(x => x.LeaseUntilMs).HasColumnName("lease_until_ms");
        b.Property(x => x.DataJson).HasColumnName("data_json");
        b.Property(x => x.Version).HasColumnName("version").IsConcurrencyToken();
        b.HasIndex(x => x.CaseId).HasDatabaseName("ix_case_tasks_case_id");
        b.HasIndex(x => new { x.State, x.DepartmentCode, x.DeadlineMs }).HasDatabaseName("ix_case_tasks_state_department_code_deadline_ms");
        b.HasIndex(x => new { x.State, x.UnitCode, x.DeadlineMs }).HasDatabaseName("ix_case_tasks_state_unit_code_deadline_ms");
        b.HasIndex(x => new { x.State, x.NextWarningMs }).HasDatabaseName("ix_case_tasks_state_next_warning_ms");
    }
}
