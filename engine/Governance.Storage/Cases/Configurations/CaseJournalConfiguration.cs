using Governance.Storage.Cases.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Storage.Cases.Configurations;

public sealed class CaseJournalConfiguration : IEntityTypeConfiguration<CaseJournalRecord>
{
    public void Configure(EntityTypeBuilder<CaseJournalRecord> b)
    {
        b.ToTable("case_journal");
        b.HasKey(x => new { x.CaseId, x.Sequence });
        b.Property(x => x.CaseId).HasColumnName("case_id").HasMaxLength(64);
        b.Property(x => x.Sequence).HasColumnName("sequence");
        b.Property(x => x.At).HasColumnName("at");
        b.Property(x => x.Action).HasColumnName("action").HasMaxLength(40);
        b.Property(x => x.Actor).HasColumnName("actor").HasMaxLength(100);
        b.Property(x => x.ActorName).HasColumnName("actor_name");
        b.Property(x => x.Role).HasColumnName("role").HasMaxLength(20);
        b.Property(x => x.Unit).HasColumnName("unit").HasMaxLength(40);
        b.Property(x => x.Comment).HasColumnName("comment");
        b.Property(x => x.DataJson).HasColumnName("data_json");
    }
}
