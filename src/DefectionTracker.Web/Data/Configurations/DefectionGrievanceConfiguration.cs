using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class DefectionGrievanceConfiguration : IEntityTypeConfiguration<DefectionGrievance>
{
    public void Configure(EntityTypeBuilder<DefectionGrievance> builder)
    {
        builder.HasKey(g => new { g.DefectionId, g.GrievanceSlug });
        builder.Property(g => g.Attribution).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.SourceId).HasMaxLength(120);
        builder.Property(g => g.CouncillorSlugs).HasMaxLength(4000);
        builder.Property(g => g.SourceIds).HasMaxLength(4000);
        builder.HasOne(g => g.Grievance).WithMany().HasForeignKey(g => g.GrievanceSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(g => g.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.GrievanceSlug);
    }
}
