using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Integrations;

/// <summary>A registered API client; the key itself is never stored, only its hash.</summary>
public sealed class ApiClientRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Space-separated scopes.</summary>
    public required string Scopes { get; set; }
    public required string KeyHash { get; set; }
    public required string KeyPrefix { get; set; }
    public string? County { get; set; }
    public long CreatedAtMs { get; set; }
    public required string CreatedBy { get; set; }
    public long? RotatedAtMs { get; set; }
    public long? RevokedAtMs { get; set; }
}

public sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClientRecord>
{
    public void Configure(EntityTypeBuilder<ApiClientRecord> b)
    {
        b.ToTable("api_clients");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).HasColumnName("id").HasMaxLength(40);
        b.Property(x => x.Name).HasColumnName("name").HasMaxLength(200);
        b.Property(x => x.Scopes).HasColumnName("scopes").HasMaxLength(200);
        b.Property(x => x.KeyHash).HasColumnName("key_hash").HasMaxLength(64);
        b.Property(x => x.KeyPrefix).HasColumnName("key_prefix").HasMaxLength(20);
        b.Property(x => x.County).HasColumnName("county").HasMaxLength(20);
        b.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
        b.Property(x => x.CreatedBy).HasColumnName("created_by").HasMaxLength(100);
        b.Property(x => x.RotatedAtMs).HasColumnName("rotated_at_ms");
        b.Property(x => x.RevokedAtMs).HasColumnName("revoked_at_ms");
        b.HasIndex(x => x.KeyHash).IsUnique().HasDatabaseName("ux_api_clients_key_hash");
    }
}
