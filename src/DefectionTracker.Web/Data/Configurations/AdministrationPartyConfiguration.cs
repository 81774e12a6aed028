using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class AdministrationPartyConfiguration : IEntityTypeConfiguration<AdministrationParty>
{
    public void Configure(EntityTypeBuilder<AdministrationParty> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Party).WithMany().HasForeignKey(p => p.PartySlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.AdministrationId, p.PartySlug }).IsUnique();
    }
}
