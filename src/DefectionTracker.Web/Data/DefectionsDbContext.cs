using DefectionTracker.Web.Data.Accounts;
using DefectionTracker.Web.Data.Editing;
using DefectionTracker.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data;

/// <summary>
/// The record and, beside it, the team's accounts (ASP.NET Core Identity's tables), API tokens and the Data Protection
/// keys every instance shares. This class is the SQLite context (its migrations are <c>Data/Migrations</c>);
/// <see cref="PostgresDefectionsDbContext"/> is the same model on PostgreSQL with its own migrations.
/// </summary>
public class DefectionsDbContext : IdentityDbContext<EditorUser>, IDataProtectionKeyContext
{
    public DefectionsDbContext(DbContextOptions<DefectionsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's subclass, which has options of its own type.</summary>
    protected DefectionsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Grievance> Grievances => Set<Grievance>();
    public DbSet<Councillor> Councillors => Set<Councillor>();
    public DbSet<Seat> Seats => Set<Seat>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<Composition> Compositions => Set<Composition>();
    public DbSet<CompositionSeat> CompositionSeats => Set<CompositionSeat>();
    public DbSet<Defection> Defections => Set<Defection>();
    public DbSet<DefectionCouncil> DefectionCouncils => Set<DefectionCouncil>();
    public DbSet<DefectionCouncillor> DefectionCouncillors => Set<DefectionCouncillor>();
    public DbSet<ReportedCount> ReportedCounts => Set<ReportedCount>();
    public DbSet<DefectionGrievance> DefectionGrievances => Set<DefectionGrievance>();
    public DbSet<DefectionSource> DefectionSources => Set<DefectionSource>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<CouncilSource> CouncilSources => Set<CouncilSource>();
    public DbSet<Administration> Administrations => Set<Administration>();
    public DbSet<AdministrationParty> AdministrationParties => Set<AdministrationParty>();
    public DbSet<AdministrationSource> AdministrationSources => Set<AdministrationSource>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<StorySource> StorySources => Set<StorySource>();
    public DbSet<RegisteredCouncil> RegisteredCouncils => Set<RegisteredCouncil>();
    public DbSet<SeedState> SeedStates => Set<SeedState>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's own mapping first, then ours (which may refine its user).
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DefectionsDbContext).Assembly);
    }
}
