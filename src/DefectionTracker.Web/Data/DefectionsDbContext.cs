using DefectionTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data;

public class DefectionsDbContext(DbContextOptions<DefectionsDbContext> options) : DbContext(options)
{
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
    public DbSet<SeedState> SeedStates => Set<SeedState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DefectionsDbContext).Assembly);
}
