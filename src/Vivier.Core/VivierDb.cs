using Microsoft.EntityFrameworkCore;
using Vivier.Core.Database;
using Vivier.Core.ReferenceData;

namespace Vivier.Core;

/// <summary>The one DbContext. Handlers use it directly; rules live on the entities.</summary>
public sealed class VivierDb(DbContextOptions<VivierDb> options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Language> Languages => Set<Language>();
    public DbSet<SectorCategory> SectorCategories => Set<SectorCategory>();
    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<Theme> Themes => Set<Theme>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VivierDb).Assembly);
        FrenchCollation.Apply(modelBuilder, Database);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Dates are stored in UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.DefaultTypeMapping<DateTime>().HasConversion<UtcDateTimeConverter>();
    }
}
