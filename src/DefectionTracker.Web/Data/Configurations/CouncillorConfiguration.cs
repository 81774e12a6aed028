using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class CouncillorConfiguration : IEntityTypeConfiguration<Councillor>
{
    public void Configure(EntityTypeBuilder<Councillor> builder)
    {
        builder.HasKey(c => c.Slug);
        builder.Property(c => c.Slug).HasMaxLength(120);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.HasMany(c => c.Seats).WithOne().HasForeignKey(s => s.CouncillorSlug).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Affiliations).WithOne().HasForeignKey(a => a.CouncillorSlug).OnDelete(DeleteBehavior.Cascade);
    }
}
