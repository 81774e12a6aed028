using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class CompositionConfiguration : IEntityTypeConfiguration<Composition>
{
    public void Configure(EntityTypeBuilder<Composition> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(120);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.HasOne(c => c.Council).WithMany().HasForeignKey(c => c.CouncilSlug).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Seats).WithOne().HasForeignKey(s => s.CompositionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.After).HasMaxLength(120);
        builder.ComplexProperty(c => c.AsOf, d => d.MapPartialDate<Composition>("AsOf"));
        builder.HasIndex(c => c.CouncilSlug);
    }
}
