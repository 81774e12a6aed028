using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class CompositionSeatConfiguration : IEntityTypeConfiguration<CompositionSeat>
{
    public void Configure(EntityTypeBuilder<CompositionSeat> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne(s => s.Party).WithMany().HasForeignKey(s => s.PartySlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CompositionId, s.PartySlug }).IsUnique();
    }
}
