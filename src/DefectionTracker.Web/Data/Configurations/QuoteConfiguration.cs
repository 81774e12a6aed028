using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).HasMaxLength(120);
        builder.Property(q => q.Text).HasMaxLength(2000);
        builder.Property(q => q.SpeakerName).HasMaxLength(200);
        builder.Property(q => q.SpeakerRole).HasMaxLength(200);
        builder.HasOne(q => q.SpeakerCouncillor).WithMany().HasForeignKey(q => q.SpeakerCouncillorSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Source).WithMany().HasForeignKey(q => q.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => q.DefectionId);
        builder.HasIndex(q => q.SpeakerCouncillorSlug);
    }
}
