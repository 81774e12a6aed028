using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class GrievanceConfiguration : IEntityTypeConfiguration<Grievance>
{
    public void Configure(EntityTypeBuilder<Grievance> builder)
    {
        builder.HasKey(g => g.Slug);
        builder.Property(g => g.Slug).HasMaxLength(80);
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Description).HasMaxLength(500);
        builder.Property(g => g.Synonyms).HasMaxLength(1000);
    }
}
