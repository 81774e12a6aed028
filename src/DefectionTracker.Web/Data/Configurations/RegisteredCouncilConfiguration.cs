using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class RegisteredCouncilConfiguration : IEntityTypeConfiguration<RegisteredCouncil>
{
    public void Configure(EntityTypeBuilder<RegisteredCouncil> builder)
    {
        builder.ToTable("RegisteredCouncils");
        builder.HasKey(c => c.Slug);
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Code).HasMaxLength(10);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.ShortName).HasMaxLength(200);
        builder.Property(c => c.AlternativeNames).HasMaxLength(2000);
        builder.Property(c => c.GssCode).HasMaxLength(9);
        builder.Property(c => c.FormerGssCodes).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Type).HasMaxLength(100);
        builder.Property(c => c.Nation).HasMaxLength(50);
        builder.Property(c => c.Region).HasMaxLength(100);
        builder.Property(c => c.County).HasMaxLength(100);
        builder.Property(c => c.ReplacedBy).HasMaxLength(400);
        builder.HasIndex(c => c.GssCode);
    }
}
