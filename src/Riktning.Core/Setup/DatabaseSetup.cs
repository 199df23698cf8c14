using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
        // A migration may fill a new column from the observations (permeasure_BatchHoldsAndRegionStamps reads every
        // one): minutes on a store of 100 M values, past the default 30 s command timeout.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        if (databaseOptions.Value.Provider != DatabaseProvider.Sqlite)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var file = EnsureSqliteFolder(databaseOptions.Value.ConnectionString);
        // EF Core marks a running SQLite migration with a row in __EFMigrationsLock and waits, without end, while one
        // is there; a process killed mid-migration leaves its row behind. SQLite has no session that could own the
        // mark, so every Riktning process migrates under an exclusive lock on a file beside the store: whoever holds
        // it knows no other process is migrating, and a mark it finds is stale and removed.
        using var migrating = file is null ? null : await LockFileAsync(file + ".migrating", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            DELETE FROM "__EFMigrationsLock";
            """, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static async Task<FileStream> LockFileAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock (flock) on Unix; the OS lets go when the process dies.
                // The file stays: deleting it on close would let a waiter lock the old file while another locks a new one.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
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

    /// <summary>Creates the store's folder; returns the store's full path, or null for an in-memory store.</summary>
    private static string? EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return null;
        }

        var file = Path.GetFullPath(builder.DataSource);
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return file;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Region registry: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    private partial void LogRegions(int added, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Region changes: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    private partial void LogRegionChanges(int added, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisations: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    private partial void LogOrganisations(int added, int updated, int unchanged);
}
