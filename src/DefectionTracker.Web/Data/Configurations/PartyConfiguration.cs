using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.HasKey(p => p.Slug);
        builder.Property(p => p.Slug).HasMaxLength(80);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.ShortName).HasMaxLength(80);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Colour).HasMaxLength(7);
        builder.Property(p => p.ColourSource).HasMaxLength(300);
        builder.Property(p => p.ElectoralCommissionId).HasMaxLength(20);
        builder.Property(p => p.Notes).HasMaxLength(2000);
    }
}
