using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Riktning.Data;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Strategy;

namespace Riktning.Setup;

/// <summary>
/// Gets the store ready: SQLite is created and migrated on start-up (it is a file beside the app);
/// PostgreSQL is migrated only by `riktning db migrate`, since several instances may share it.
/// Then the bundled code lists and definitions are loaded; both steps are idempotent.
/// </summary>
public sealed partial class DatabaseSetup(
    RiktningDb db,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<RiktningOptions> options,
    RegionRegistry regions,
    OrganisationRegistry organisations,
    StrategyLoader loader,
    ILogger<DatabaseSetup> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (databaseOptions.Value.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(databaseOptions.Value.ConnectionString);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>What `riktning serve` and the other commands run first.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        if (databaseOptions.Value.Provider == DatabaseProvider.Sqlite)
        {
            await MigrateAsync(cancellationToken);
        }
        else
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new DatabaseNotReadyException(
                    $"The PostgreSQL database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}). Run `riktning db migrate` first.");
            }
        }

        await LoadBundledContentAsync(cancellationToken);
    }

    public async Task LoadBundledContentAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (Directory.Exists(settings.RegionListsPath))
        {
            var files = Directory.GetFiles(settings.RegionListsPath, "*.csv").Order(StringComparer.Ordinal).ToList();
            var result = await regions.SyncAsync(files, cancellationToken);
            LogRegions(result.Added, result.Changed, result.Unchanged);

            // The change tables between reforms, in a folder of their own (regions/changes/*.csv).
            var changesPath = Path.Combine(settings.RegionListsPath, "changes");
            if (Directory.Exists(changesPath))
            {
                var changes = new List<RegionChange>();
                foreach (var file in Directory.GetFiles(changesPath, "*.csv").Order(StringComparer.Ordinal))
                {
                    using var reader = new StreamReader(file);
                    changes.AddRange(RegionChangeCsv.Read(reader, Path.GetFileName(file)));
                }

                var changed = await regions.SyncChangesAsync(changes, cancellationToken);
                LogRegionChanges(changed.Added, changed.Changed, changed.Unchanged);
            }
        }

        if (Directory.Exists(settings.OrganisationListsPath))
        {
            var files = Directory.GetFiles(settings.OrganisationListsPath, "*.csv").Order(StringComparer.Ordinal).ToList();
            var result = await organisations.SyncAsync(files, cancellationToken);
            LogOrganisations(result.Added, result.Changed, result.Unchanged);
        }

        if (!Directory.Exists(settings.DefinitionsPath))
        {
            return;
        }

        // Strategies first: a cooperation framework may link to a strategy's goals.
        var parsed = Directory.GetFiles(settings.DefinitionsPath, "*.yaml")
            .Concat(Directory.GetFiles(settings.DefinitionsPath, "*.json"))
            .Order(StringComparer.Ordinal)
            .Select(file => (File: file, Parsed: DefinitionReader.ReadFile(file)))
            .OrderBy(item => item.Parsed.Definition.Kind)
            .ToList();
        foreach (var (file, definition) in parsed)
        {
            await loader.StoreAsync(definition, file, bundled: true, cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Region registry: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    private partial void LogRegions(int added, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Region changes: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    private partial void LogRegionChanges(int added, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisations: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    private partial void LogOrganisations(int added, int updated, int unchanged);
}
