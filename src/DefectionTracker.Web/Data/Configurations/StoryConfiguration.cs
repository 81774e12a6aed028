using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(120);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Summary).HasMaxLength(2000);
        builder.HasMany(s => s.Sources).WithOne().HasForeignKey(s => s.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
