using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Cases.Configurations;

public sealed class CaseConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> b)
    {
        b.ToTable("cases");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.Number).HasColumnName("number").HasMaxLength(40);
        b.Property(x => x.CountyCode).HasColumnName("county_code").HasMaxLength(12);
        b.Property(x => x.Channel).HasColumnName("channel").HasMaxLength(20);
        b.Property(x => x.ReporterName).HasColumnName("reporter_name");
        b.Property(x => x.ReporterPhone).HasColumnName("reporter_phone");
        b.Property(x => x.ReporterUsername).HasColumnName("reporter_username").HasMaxLength(100);
        b.Property(x => x.GridCode).HasColumnName("grid_code").HasMaxLength(20);
        b.Property(x => x.Address).HasColumnName("address");
        b.Property(x => x.Longitude).HasColumnName("longitude");
        b.Property(x => x.Latitude).HasColumnName("latitude");
        b.Property(x => x.ItemCode).HasColumnName("item_code").HasMaxLength(10);
        b.Property(x => x.CategoryCode).HasColumnName("category_code").HasMaxLength(4);
        b.Property(x => x.Urgency).HasColumnName("urgency").HasMaxLength(20);
        b.Property(x => x.Description).HasColumnName("description");
        b.Property(x => x.ReportedAt).HasColumnName("reported_at");
        b.Property(x => x.ReportedAtMs).HasColumnName("reported_at_ms");
        b.Property(x => x.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(200);
        b.Property(x => x.IdempotencyBinding).HasColumnName("idempotency_binding").HasMaxLength(200);
        b.Property(x => x.WorkflowInstanceId).HasColumnName("workflow_instance_id").HasMaxLength(64);
        b.Property(x => x.WorkflowVersion).HasColumnName("workflow_version");
        b.Property(x => x.Status).HasColumnName("status").HasMaxLength(20);
        b.Property(x => x.AssigneeJson).HasColumnName("assignee_json");
        b.Property(x => x.AssigneeUnit).HasColumnName("assignee_unit").HasMaxLength(20);
        b.Property(x => x.AssigneeDepartment).HasColumnName("assignee_department").HasMaxLength(40);
        b.Property(x => x.DeadlineMs).HasColumnName("deadline_ms");
        b.Property(x => x.Warning).HasColumnName("warning").HasMaxLength(20);
        b.Property(x => x.ClosedAt).HasColumnName("closed_at");
        b.Property(x => x.Satisfaction).HasColumnName("satisfaction").HasMaxLength(20);
        b.Property(x => x.MergedInto).HasColumnName("merged_into").HasMaxLength(40);
        b.Property(x => x.ReopenCount).HasColumnName("reopen_count");
        b.Property(x => x.OnTime).HasColumnName("on_time");
        b.Property(x => x.FormDataJson).HasColumnName("form_data_json");
        b.Property(x => x.JournalCount).HasColumnName("journal_count");
        b.Property(x => x.Version).HasColumnName("version").IsConcurrencyToken();
        b.HasIndex(x => x.Number).HasDatabaseName("ix_cases_number").IsUnique();
        b.HasIndex(x => x.IdempotencyKey).HasDatabaseName("ix_cases_idempotency_key").IsUnique();
        b.HasIndex(x => x.WorkflowInstanceId).HasDatabaseName("ix_cases_workflow_instance_id");
        b.HasIndex(x => new { x.Status, x.ReportedAtMs }).HasDatabaseName("ix_cases_status_reported_at_ms");
        b.HasIndex(x => new { x.AssigneeDepartment, x.Status }).HasDatabaseName("ix_cases_assignee_department_status");
        b.HasIndex(x => new { x.AssigneeUnit, x.Status }).HasDatabaseName("ix_cases_assignee_unit_status");
        b.HasIndex(x => new { x.GridCode, x.ReportedAtMs }).HasDatabaseName("ix_cases_grid_code_reported_at_ms");
        b.HasIndex(x => new { x.ItemCode, x.ReportedAtMs }).HasDatabaseName("ix_cases_item_code_reported_at_ms");
    }
}
