using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class DefectionSourceConfiguration : IEntityTypeConfiguration<DefectionSource>
{
    public void Configure(EntityTypeBuilder<DefectionSource> builder)
    {
        builder.HasKey(s => new { s.DefectionId, s.SourceId });
        builder.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SourceId);
    }
}
