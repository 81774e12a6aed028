using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(120);
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.ReadVia).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.OriginalUrl).HasMaxLength(1000);
        builder.Property(s => s.MirrorUrl).HasMaxLength(1000);
        builder.Property(s => s.SeedArticle).HasMaxLength(10);
        builder.Property(s => s.Notes).HasMaxLength(2000);
        builder.ComplexProperty(s => s.Published, d => d.MapPartialDate<Source>("Published"));
    }
}
