using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Cases.Configurations;

public sealed class CaseCounterConfiguration : IEntityTypeConfiguration<CaseCounterRecord>
{
    public void Configure(EntityTypeBuilder<CaseCounterRecord> b)
    {
        b.ToTable("case_counters");
        b.HasKey(x => new { x.CountyCode, x.Day });
        b.Property(x => x.CountyCode).HasColumnName("county_code").HasMaxLength(100);
        b.Property(x => x.Day).HasColumnName("day").HasMaxLength(8);
        b.Property(x => x.Last).HasColumnName("last");
    }
}
