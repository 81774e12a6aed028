using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class DefectionCouncilConfiguration : IEntityTypeConfiguration<DefectionCouncil>
{
    public void Configure(EntityTypeBuilder<DefectionCouncil> builder)
    {
        builder.HasKey(c => new { c.DefectionId, c.CouncilSlug });
        builder.Property(c => c.SourceId).HasMaxLength(120);
        builder.HasOne(c => c.Council).WithMany().HasForeignKey(c => c.CouncilSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CouncilSlug);
    }
}
