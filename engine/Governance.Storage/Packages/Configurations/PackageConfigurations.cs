using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Packages.Configurations;

public sealed class PackageHeadConfiguration : IEntityTypeConfiguration<PackageHeadRecord>
{
    public void Configure(EntityTypeBuilder<PackageHeadRecord> b)
    {
        b.ToTable("package_head");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
        b.Property(x => x.Revision).HasColumnName("revision");
        b.Property(x => x.CityScope).HasColumnName("city_scope").HasMaxLength(20);
    }
}

public sealed class PackageVersionConfiguration : IEntityTypeConfiguration<PackageVersionRecord>
{
    public void Configure(EntityTypeBuilder<PackageVersionRecord> b)
    {
        b.ToTable("package_versions");
        b.HasKey(x => x.Revision);
        b.Property(x => x.Revision).HasColumnName("revision").ValueGeneratedNever();
        b.Property(x => x.Scope).HasColumnName("scope").HasMaxLength(20);
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.PublishedAt).HasColumnName("published_at");
        b.Property(x => x.PublishedBy).HasColumnName("published_by").HasMaxLength(100);
        b.Property(x => x.Comment).HasColumnName("comment").HasMaxLength(1000);
        b.Property(x => x.RestoredFrom).HasColumnName("restored_from");
        b.Property(x => x.ChangedJson).HasColumnName("changed_json");
        b.HasIndex(x => new { x.Scope, x.Version }).IsUnique().HasDatabaseName("ix_package_versions_scope_version");
    }
}

public sealed class PackageDocumentConfiguration : IEntityTypeConfiguration<PackageDocumentRecord>
{
    public void Configure(EntityTypeBuilder<PackageDocumentRecord> b)
    {
        b.ToTable("package_documents");
        b.HasKey(x => new { x.Scope, x.Path, x.Version });
        b.Property(x => x.Scope).HasColumnName("scope").HasMaxLength(20);
        b.Property(x => x.Path).HasColumnName("path").HasMaxLength(300);
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.Content).HasColumnName("content");
    }
}

public sealed class PackageDraftConfiguration : IEntityTypeConfiguration<PackageDraftRecord>
{
    public void Configure(EntityTypeBuilder<PackageDraftRecord> b)
    {
        b.ToTable("package_drafts");
        b.HasKey(x => new { x.Scope, x.Path });
        b.Property(x => x.Scope).HasColumnName("scope").HasMaxLength(20);
        b.Property(x => x.Path).HasColumnName("path").HasMaxLength(300);
        b.Property(x => x.Content).HasColumnName("content");
        b.Property(x => x.UpdatedBy).HasColumnName("updated_by").HasMaxLength(100);
        b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
    }
}

public sealed class AdminAuditConfiguration : IEntityTypeConfiguration<AdminAuditRecord>
{
    public void Configure(EntityTypeBuilder<AdminAuditRecord> b)
    {
        b.ToTable("admin_audit");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.AtMs).HasColumnName("at_ms");
        b.Property(x => x.Username).HasColumnName("username").HasMaxLength(100);
        b.Property(x => x.Action).HasColumnName("action").HasMaxLength(40);
        b.Property(x => x.Scope).HasColumnName("scope").HasMaxLength(20);
        b.Property(x => x.Version).HasColumnName("version");
        b.Property(x => x.Detail).HasColumnName("detail").HasMaxLength(2000);
        b.HasIndex(x => new { x.Scope, x.AtMs }).HasDatabaseName("ix_admin_audit_scope_at");
    }
}
