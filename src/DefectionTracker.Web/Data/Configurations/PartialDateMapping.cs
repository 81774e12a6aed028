using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefectionTracker.Web.Data.Configurations;

/// <summary>Maps a <see cref="PartialDate"/> to two columns: the period's first day and its precision.</summary>
internal static class PartialDateMapping
{
    public static void MapPartialDate<T>(this ComplexPropertyBuilder<PartialDate> builder, string prefix)
    {
        builder.Property(d => d.Start).HasColumnName(prefix + "Start");
        builder.Property(d => d.Precision).HasColumnName(prefix + "Precision");
    }
}
