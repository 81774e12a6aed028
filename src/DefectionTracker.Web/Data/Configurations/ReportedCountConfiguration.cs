using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class ReportedCountConfiguration : IEntityTypeConfiguration<ReportedCount>
{
    public void Configure(EntityTypeBuilder<ReportedCount> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
