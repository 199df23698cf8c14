using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Setup;
using Riktning.Strategy;

namespace Riktning;

public static class RiktningServiceCollectionExtensions
{
    /// <summary>Registers the store and the core services; shared by the web site and the command line.</summary>
    public static IServiceCollection AddRiktningCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (configuration.GetConnectionString("Riktning") is { Length: > 0 } connectionString)
        {
            database.ConnectionString = connectionString;
        }

        services.AddOptions<DatabaseOptions>()
            .Configure(o => (o.Provider, o.ConnectionString) = (database.Provider, database.ConnectionString))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RiktningOptions>().Bind(configuration.GetSection(RiktningOptions.Section));

        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresRiktningDb>(o => o.UseNpgsql(database.ConnectionString));
                services.AddScoped<RiktningDb>(sp => sp.GetRequiredService<PostgresRiktningDb>());
                break;
            default:
                services.AddDbContext<SqliteRiktningDb>(o => o.UseSqlite(database.ConnectionString));
                services.AddScoped<RiktningDb>(sp => sp.GetRequiredService<SqliteRiktningDb>());
                break;
        }

        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<StrategyLoader>();
        services.AddScoped<StrategyCatalog>();
        services.AddScoped<RegionRegistry>();
        services.AddScoped<DatabaseSetup>();
        return services;
    }
}
