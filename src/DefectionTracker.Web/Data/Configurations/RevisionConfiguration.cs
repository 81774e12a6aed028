using DefectionTracker.Web.Data.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.ToTable("Revisions");
        builder.Property(r => r.Kind).HasMaxLength(40);
        builder.Property(r => r.RecordId).HasMaxLength(200);
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(2000); // a public suggestion may be longer than a change summary
        builder.Property(r => r.AuthorName).HasMaxLength(100);
        builder.Property(r => r.ReviewerName).HasMaxLength(100);
        builder.Property(r => r.ReviewNote).HasMaxLength(1000);
        builder.Property(r => r.SuggesterContact).HasMaxLength(200);
        builder.Property(r => r.BaseVersion).HasMaxLength(64);
        // Stored as UTC; read back as UTC (SQLite keeps no kind), so JSON and feeds say "Z".
        builder.Property(r => r.SubmittedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(r => r.ReviewedAtUtc).HasConversion(v => v, v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
        builder.HasIndex(r => new { r.Kind, r.RecordId, r.Id });
        builder.HasIndex(r => new { r.Status, r.Id });
    }
}
