using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class AffiliationConfiguration : IEntityTypeConfiguration<Affiliation>
{
    public void Configure(EntityTypeBuilder<Affiliation> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.SourceId).HasMaxLength(120);
        builder.HasOne(a => a.Party).WithMany().HasForeignKey(a => a.PartySlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(a => a.From, d => d.MapPartialDate<Affiliation>("From"));
        builder.ComplexProperty(a => a.To, d => d.MapPartialDate<Affiliation>("To"));
        builder.HasIndex(a => a.PartySlug);

        // "Councillors who were ever in this party" (the party page) is an EXISTS per councillor on both columns: with
        // PartySlug alone SQLite scanned every affiliation of the party for each councillor (86 s at national scale).
        builder.HasIndex(a => new { a.CouncillorSlug, a.PartySlug });
    }
}
