using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Cases.Configurations;

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<AttachmentRecord>
{
    public void Configure(EntityTypeBuilder<AttachmentRecord> b)
    {
        b.ToTable("case_attachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.CaseId).HasColumnName("case_id").HasMaxLength(64);
        b.Property(x => x.FileName).HasColumnName("file_name");
        b.Property(x => x.ContentType).HasColumnName("content_type").HasMaxLength(100);
        b.Property(x => x.Size).HasColumnName("size");
        b.Property(x => x.Content).HasColumnName("content");
        b.Property(x => x.Step).HasColumnName("step");
        b.Property(x => x.UploadedBy).HasColumnName("uploaded_by").HasMaxLength(100);
        b.Property(x => x.UploadedAt).HasColumnName("uploaded_at");
        b.HasIndex(x => x.CaseId).HasDatabaseName("ix_case_attachments_case_id");
    }
}
