using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

public class DefectionCouncillorConfiguration : IEntityTypeConfiguration<DefectionCouncillor>
{
    public void Configure(EntityTypeBuilder<DefectionCouncillor> builder)
    {
        builder.HasKey(c => new { c.DefectionId, c.CouncillorSlug });
        builder.HasOne(c => c.Councillor).WithMany().HasForeignKey(c => c.CouncillorSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CouncillorSlug);
    }
}
