using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Cases.Configurations;

public sealed class UserConfiguration : IEntityTypeConfiguration<UserRecord>
{
    public void Configure(EntityTypeBuilder<UserRecord> b)
    {
        b.ToTable("users");
        b.HasKey(x => x.Username);
        b.Property(x => x.Username).HasColumnName("username").HasMaxLength(100);
        b.Property(x => x.Name).HasColumnName("name");
        b.Property(x => x.Role).HasColumnName("role").HasMaxLength(20);
        b.Property(x => x.UnitCode).HasColumnName("unit_code").HasMaxLength(20);
        b.Property(x => x.DepartmentCode).HasColumnName("department_code").HasMaxLength(40);
        b.Property(x => x.Phone).HasColumnName("phone").HasMaxLength(40);
        b.Property(x => x.PasswordHash).HasColumnName("password_hash").HasMaxLength(400);
        b.Property(x => x.Disabled).HasColumnName("disabled");
        b.Property(x => x.SecurityStamp).HasColumnName("security_stamp").HasMaxLength(64);
        b.HasIndex(x => x.UnitCode).HasDatabaseName("ix_users_unit_code");
    }
}
