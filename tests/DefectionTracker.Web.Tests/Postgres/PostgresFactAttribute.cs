using DefectionTracker.Testing;

namespace DefectionTracker.Web.Tests.Postgres;

/// <summary>A fact that needs the throwaway PostgreSQL server: skipped, saying why, when <see cref="TestPostgres.Variable"/> is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.Available)
        {
            Skip = $"needs PostgreSQL: set {TestPostgres.Variable} (./test.sh starts a throwaway server and sets it)";
        }
    }
}
