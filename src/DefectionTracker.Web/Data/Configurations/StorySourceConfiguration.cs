using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class StorySourceConfiguration : IEntityTypeConfiguration<StorySource>
{
    public void Configure(EntityTypeBuilder<StorySource> builder)
    {
        builder.HasKey(s => new { s.StoryId, s.SourceId });
        builder.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SourceId);
    }
}
