using Microsoft.EntityFrameworkCore;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;

namespace Riktning.Data;

/// <summary>
/// Riktning's store. The model is provider-neutral; <see cref="SqliteRiktningDb"/> and
/// <see cref="PostgresRiktningDb"/> exist only so that each provider has its own migration set.
/// </summary>
public abstract class RiktningDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<StrategyRevision> StrategyRevisions => Set<StrategyRevision>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<RegionBoundary> RegionBoundaries => Set<RegionBoundary>();

    public DbSet<ObservationSeries> ObservationSeries => Set<ObservationSeries>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RiktningDb).Assembly);
}
