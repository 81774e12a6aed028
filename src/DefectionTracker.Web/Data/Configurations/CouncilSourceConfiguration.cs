using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class CouncilSourceConfiguration : IEntityTypeConfiguration<CouncilSource>
{
    public void Configure(EntityTypeBuilder<CouncilSource> builder)
    {
        builder.HasKey(s => new { s.CouncilSlug, s.SourceId });
        builder.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
