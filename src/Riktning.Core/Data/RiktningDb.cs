using Microsoft.EntityFrameworkCore;
using Riktning.CrossBorder;
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

    public DbSet<ObservationSeries> ObservationSeries => Set<ObservationSeries>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<CrossBorderProject> CrossBorderProjects => Set<CrossBorderProject>();

    public DbSet<CooperationAgreement> CooperationAgreements => Set<CooperationAgreement>();

    public DbSet<CrossBorderActivity> CrossBorderActivities => Set<CrossBorderActivity>();

    public DbSet<KnowledgeItem> KnowledgeItems => Set<KnowledgeItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RiktningDb).Assembly);
}
