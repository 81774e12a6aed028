using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.HasKey(c => c.Slug);
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.GssCode).HasMaxLength(9);
        builder.Property(c => c.Area).HasMaxLength(100);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.HasIndex(c => c.Area);
        builder.HasMany(c => c.Sources).WithOne().HasForeignKey(s => s.CouncilSlug).OnDelete(DeleteBehavior.Cascade);
    }
}
