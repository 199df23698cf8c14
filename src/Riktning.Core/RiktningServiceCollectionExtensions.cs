using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Riktning.Accounts;
using Riktning.Auditing;
using Riktning.Importing.Sources;
using Riktning.Setup;
using Riktning.Statistics;

namespace Riktning;

public static class RiktningServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store and the application services, each with one lifetime whoever hosts them: the web site and
    /// the command line call this and add only what their own host needs (sign-in, pages; the verbs).
    /// </summary>
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
        services.AddDbContext<SqliteRiktningDb>((sp, o) => o.UseSqlite(Database(sp).ConnectionString)
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddDbContext<PostgresRiktningDb>((sp, o) => o.UseNpgsql(Database(sp).ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<RiktningDb>(sp => Database(sp).Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresRiktningDb>()
            : sp.GetRequiredService<SqliteRiktningDb>());

        // The SQL that differs between the engines (bulk writes, their key errors) lives beside each context.
        services.AddSingleton<SqliteObservationStore>();
        services.AddSingleton<PostgresObservationStore>();
        services.AddSingleton<IObservationStore>(sp => Database(sp).Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresObservationStore>()
            : sp.GetRequiredService<SqliteObservationStore>());

        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreVersionMonitor>();
        services.AddSingleton<StoreVersionCache>();
        services.AddScoped<StoreVersionSnapshot>();
        services.AddScoped<StrategyLoader>();
        services.AddScoped<StrategyCatalog>();
        services.AddScoped<RegionRegistry>();
        services.AddScoped<OrganisationRegistry>();
        services.AddScoped<BoundaryImporter>();
        services.AddScoped<MunicipalityClassificationImporter>();
        services.AddScoped<CrossBorder.Commuting.CommutingImporter>();
        services.AddScoped<CrossBorder.Commuting.CommutingRefresh>();
        services.AddScoped<CrossBorder.CrossBorderRegistry>();
        services.AddScoped<CrossBorder.ProjectImporter>();
        services.AddScoped<Plans.InterventionImporter>();
        services.AddScoped<Cycles.CycleRegistry>();
        services.AddScoped<Cycles.CycleQueries>();
        services.AddScoped<DatabaseSetup>();
        services.AddSingleton<DatabaseBackup>();
        services.AddScoped<ObservationImporter>();
        services.AddScoped<MeasureImport>();
        services.AddScoped<ImportHistory>();
        services.AddScoped<ObservationQueries>();
        services.AddScoped<Analysis.IndicatorAnalysisService>();
        services.AddScoped<Analysis.BorderRegionService>();
        services.AddScoped<SituationAnalysis.IGoalWorkSource, SituationAnalysis.PlanWorkSource>();
        services.AddScoped<SituationAnalysis.IGoalWorkSource, SituationAnalysis.InterventionWorkSource>();
        services.AddScoped<SituationAnalysis.IGoalWorkSource, SituationAnalysis.TargetWorkSource>();
        services.AddScoped<SituationAnalysis.IGoalWorkSource, SituationAnalysis.OutcomeWorkSource>();
        services.AddScoped<SituationAnalysis.SituationAnalysisService>();
        services.AddScoped<Reviews.ReviewService>();

        // Kept in memory per store version, so one per process.
        services.AddSingleton<SiteDefinitions>();
        services.AddScoped<Plans.PlanningData>();
        services.AddScoped<Cycles.CycleData>();
        services.AddRiktningAccounts();

        // Statistics sources: one named HttpClient each, and StatisticsClients sharing each source's call limit.
        services.AddStatisticsSources(configuration);
        services.AddOptions<RefreshOptions>().Bind(configuration.GetSection(RefreshOptions.Section));
        services.AddScoped<StatisticsRefresher>();
        services.AddSingleton<RefreshCoordinator>();
        services.AddSingleton<RefreshProgress>();
        return services;
    }

    /// <summary>Users, roles and their store, with Riktning's password and lockout rules; the web adds sign-in.</summary>
    private static void AddRiktningAccounts(this IServiceCollection services)
    {
        services.AddScoped<UserAccounts>();
        services.AddIdentityCore<RiktningUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                // Lockout applies to accounts made by the CLI and the admin pages alike: five wrong passwords lock
                // the account for a quarter of an hour.
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RiktningDb>();
    }

    private static DatabaseOptions Database(IServiceProvider services) => services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
