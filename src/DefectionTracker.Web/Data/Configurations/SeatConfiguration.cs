using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Ward).HasMaxLength(200);
        builder.Property(s => s.SourceId).HasMaxLength(120);
        builder.HasOne(s => s.Council).WithMany().HasForeignKey(s => s.CouncilSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(s => s.From, d => d.MapPartialDate<Seat>("From"));
        builder.ComplexProperty(s => s.To, d => d.MapPartialDate<Seat>("To"));
        builder.HasIndex(s => s.CouncilSlug);
    }
}
