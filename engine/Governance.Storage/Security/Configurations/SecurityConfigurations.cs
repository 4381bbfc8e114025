using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Security.Configurations;

public sealed class ThrottleConfiguration : IEntityTypeConfiguration<ThrottleRecord>
{
    public void Configure(EntityTypeBuilder<ThrottleRecord> b)
    {
        b.ToTable("security_throttle");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasColumnName("key").HasMaxLength(300);
        b.Property(x => x.Count).HasColumnName("count");
        b.Property(x => x.WindowEndsMs).HasColumnName("window_ends_ms");
    }
}

public sealed class SessionConfiguration : IEntityTypeConfiguration<SessionRecord>
{
    public void Configure(EntityTypeBuilder<SessionRecord> b)
    {
        b.ToTable("user_sessions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        b.Property(x => x.Username).HasColumnName("username").HasMaxLength(100);
        b.Property(x => x.Stamp).HasColumnName("stamp").HasMaxLength(64);
        b.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
        b.Property(x => x.ExpiresAtMs).HasColumnName("expires_at_ms");
        b.Property(x => x.RevokedAtMs).HasColumnName("revoked_at_ms");
        b.Property(x => x.Address).HasColumnName("address").HasMaxLength(64);
        b.HasIndex(x => x.Username).HasDatabaseName("ix_user_sessions_username");
    }
}

public sealed class AuditConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("audit_log");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(40);
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.AtMs).HasColumnName("at_ms");
        b.Property(x => x.Actor).HasColumnName("actor").HasMaxLength(100);
        b.Property(x => x.ActorName).HasColumnName("actor_name");
        b.Property(x => x.Role).HasColumnName("role").HasMaxLength(20);
        b.Property(x => x.Unit).HasColumnName("unit").HasMaxLength(40);
        b.Property(x => x.Kind).HasColumnName("kind").HasMaxLength(40);
        b.Property(x => x.Target).HasColumnName("target");
        b.Property(x => x.Detail).HasColumnName("detail");
        b.Property(x => x.Address).HasColumnName("address").HasMaxLength(64);
        b.Property(x => x.County).HasColumnName("county").HasMaxLength(20);
        b.HasIndex(x => x.AtMs).HasDatabaseName("ix_audit_log_at_ms");
        b.HasIndex(x => new { x.County, x.AtMs }).HasDatabaseName("ix_audit_log_county_at_ms");
    }
}

public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> b)
    {
        b.ToTable("data_protection_keys");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasColumnName("name").HasMaxLength(200);
        b.Property(x => x.Xml).HasColumnName("xml");
    }
}
