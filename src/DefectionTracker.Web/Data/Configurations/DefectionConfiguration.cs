using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class DefectionConfiguration : IEntityTypeConfiguration<Defection>
{
    public void Configure(EntityTypeBuilder<Defection> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(120);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Verification).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Summary).HasMaxLength(2000);
        builder.Property(d => d.Notes).HasMaxLength(4000);
        builder.ComplexProperty(d => d.Date, c => c.MapPartialDate<Defection>("Date"));
        builder.ComplexProperty(d => d.NotBefore, c => c.MapPartialDate<Defection>("NotBefore"));
        builder.ComplexProperty(d => d.NotAfter, c => c.MapPartialDate<Defection>("NotAfter"));
        builder.ComplexProperty(d => d.OrderDate, c => c.MapPartialDate<Defection>("OrderDate"));
        builder.Property(d => d.DateWithoutYear).HasMaxLength(7);
        builder.Property(d => d.DateBasis).HasMaxLength(1000);
        builder.Property(d => d.StoryId).HasMaxLength(120);
        builder.HasOne<Story>().WithMany().HasForeignKey(d => d.StoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.StoryId);
        builder.HasOne(d => d.FromParty).WithMany().HasForeignKey(d => d.FromPartySlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ToParty).WithMany().HasForeignKey(d => d.ToPartySlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Councils).WithOne().HasForeignKey(c => c.DefectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Councillors).WithOne().HasForeignKey(c => c.DefectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.ReportedCounts).WithOne().HasForeignKey(c => c.DefectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Grievances).WithOne().HasForeignKey(g => g.DefectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Sources).WithOne().HasForeignKey(s => s.DefectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Quotes).WithOne(q => q.Defection).HasForeignKey(q => q.DefectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.After).HasMaxLength(120);
        builder.HasIndex(d => d.Sequence);
        builder.HasIndex(d => d.FromPartySlug);
        builder.HasIndex(d => d.ToPartySlug);
    }
}
