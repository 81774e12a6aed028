using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class AdministrationConfiguration : IEntityTypeConfiguration<Administration>
{
    public void Configure(EntityTypeBuilder<Administration> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(120);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.HasOne(a => a.Council).WithMany().HasForeignKey(a => a.CouncilSlug).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.LeaderParty).WithMany().HasForeignKey(a => a.LeaderPartySlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Defection>().WithMany().HasForeignKey(a => a.AfterDefectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AdministrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Sources).WithOne().HasForeignKey(s => s.AdministrationId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(a => a.From, d => d.MapPartialDate<Administration>("From"));
        builder.HasIndex(a => a.CouncilSlug);
    }
}
