using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class DefectionCouncillorConfiguration : IEntityTypeConfiguration<DefectionCouncillor>
{
    public void Configure(EntityTypeBuilder<DefectionCouncillor> builder)
    {
        builder.HasKey(c => new { c.DefectionId, c.CouncillorSlug });
        builder.HasOne(c => c.Councillor).WithMany().HasForeignKey(c => c.CouncillorSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CouncillorSlug);
        builder.Property(c => c.ToPartySlug).HasMaxLength(120);
        builder.Property(c => c.DestinationSourceId).HasMaxLength(120);
        builder.HasOne<Party>().WithMany().HasForeignKey(c => c.ToPartySlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(c => c.DestinationSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
