using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Riktning.Auditing;
using Riktning.Data;
using Riktning.Importing.Sources;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Setup;
using Riktning.Statistics;
using Riktning.Strategy;

namespace Riktning;

public static class RiktningServiceCollectionExtensions
{
    /// <summary>Registers the store and the core services; shared by the web site and the command line.</summary>
    public static IServiceCollection AddRiktningCore(this IServiceCollection services, IConfiguration configuration)
    {
        // Options are read when the first context is created, not here, so that hosts (and tests) can still
        // change the configuration after registration.
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o =>
            {
                if (configuration.GetConnectionString("Riktning") is { Length: > 0 } connectionString)
                {
                    o.ConnectionString = connectionString;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RiktningOptions>().Bind(configuration.GetSection(RiktningOptions.Section));

        // Every change to an IAudited entity is written to the audit trail; the actor is the command line's OS user
        // unless the host (the web site) registers its own IAuditActor. One interceptor per context: it holds state.
        services.TryAddScoped<IAuditActor, ProcessAuditActor>();
        services.AddTransient<AuditInterceptor>();
        services.AddDbContext<SqliteRiktningDb>((sp, o) => o.UseSqlite(Database(sp).ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddDbContext<PostgresRiktningDb>((sp, o) => o.UseNpgsql(Database(sp).ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<RiktningDb>(sp => Database(sp).Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresRiktningDb>()
            : sp.GetRequiredService<SqliteRiktningDb>());

        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreVersionMonitor>();
        services.AddSingleton<StoreVersionCache>();
        services.AddScoped<StrategyLoader>();
        services.AddScoped<StrategyCatalog>();
        services.AddScoped<RegionRegistry>();
        services.AddScoped<OrganisationRegistry>();
        services.AddScoped<BoundaryImporter>();
        services.AddScoped<MunicipalityClassificationImporter>();
        services.AddScoped<CrossBorder.CrossBorderRegistry>();
        services.AddScoped<CrossBorder.ProjectImporter>();
        services.AddScoped<Plans.InterventionImporter>();
        services.AddScoped<DatabaseSetup>();
        services.AddScoped<ObservationImporter>();
        services.AddScoped<ObservationQueries>();
        services.AddScoped<Analysis.IndicatorAnalysisService>();
        services.AddScoped<SituationAnalysis.IGoalWorkSource, SituationAnalysis.PlanWorkSource>();
        services.AddScoped<SituationAnalysis.IGoalWorkSource, SituationAnalysis.InterventionWorkSource>();
        services.AddScoped<SituationAnalysis.SituationAnalysisService>();

        // Statistics sources: one named HttpClient each, and StatisticsClients sharing each source's call limit.
        services.AddStatisticsSources(configuration);
        services.AddOptions<RefreshOptions>().Bind(configuration.GetSection(RefreshOptions.Section));
        services.AddScoped<StatisticsRefresher>();
        return services;
    }

    private static DatabaseOptions Database(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
