using Microsoft.EntityFrameworkCore;

namespace DefectionTracker.Web.Data;

/// <summary>
/// The same model as <see cref="DefectionsDbContext"/> on PostgreSQL (<c>Database:Provider=Postgres</c>). A type of its
/// own so that its migrations (<c>Data/Migrations/Postgres</c>) are told apart from the SQLite ones; the services
/// resolve it as <see cref="DefectionsDbContext"/>, so no feature knows which provider it runs on.
/// </summary>
public sealed class PostgresDefectionsDbContext(DbContextOptions<PostgresDefectionsDbContext> options) : DefectionsDbContext(options);
