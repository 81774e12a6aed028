using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class AdministrationSourceConfiguration : IEntityTypeConfiguration<AdministrationSource>
{
    public void Configure(EntityTypeBuilder<AdministrationSource> builder)
    {
        builder.HasKey(s => new { s.AdministrationId, s.SourceId });
        builder.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SourceId);
    }
}
