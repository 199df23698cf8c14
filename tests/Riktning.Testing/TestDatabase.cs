using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Riktning.Data;

namespace Riktning.Testing;

/// <summary>
/// A fresh, empty, migrated database on a real engine: a temporary SQLite file, or a new PostgreSQL
/// database on the server named by RIKTNING_TEST_POSTGRES (scripts/test sets it up). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "RIKTNING_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            // A copy of a file migrated once per test run: migrating every test's database costs more than copying.
            var template = await SqliteTemplate.Value;
            var file = Path.Combine(Path.GetTempPath(), $"riktning-test-{Guid.NewGuid():N}.db");
            File.Copy(template, file);
            return new TestDatabase(provider, $"Data Source={file}", file, null);
        }

        // CREATE DATABASE … TEMPLATE copies a database migrated once per test run.
        var templateName = await PostgresTemplate.Value;
        var server = ServerConnectionString();
        var name = "riktning_test_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {templateName}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    private static readonly Lazy<Task<string>> SqliteTemplate = new(async () =>
    {
        var file = Path.Combine(Path.GetTempPath(), $"riktning-template-{Guid.NewGuid():N}.db");
        // No pooling, so that the last connection closes the file and folds the write-ahead log into it before copies.
        await using (var db = new SqliteRiktningDb(new DbContextOptionsBuilder<SqliteRiktningDb>().UseSqlite($"Data Source={file};Pooling=False").Options))
        {
            await db.Database.MigrateAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    });

    private static readonly Lazy<Task<string>> PostgresTemplate = new(async () =>
    {
        var server = ServerConnectionString();
        var name = "riktning_template_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        // No pooling: a template may have no open connection when it is copied.
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        await using (var db = new PostgresRiktningDb(new DbContextOptionsBuilder<PostgresRiktningDb>().UseNpgsql(builder.ConnectionString).Options))
        {
            await db.Database.MigrateAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        };
        return name;
    });

    public RiktningDb CreateContext() => Provider == DatabaseProvider.Sqlite
        ? new SqliteRiktningDb(new DbContextOptionsBuilder<SqliteRiktningDb>().UseSqlite(ConnectionString).Options)
        : new PostgresRiktningDb(new DbContextOptionsBuilder<PostgresRiktningDb>().UseNpgsql(ConnectionString).Options);

    /// <summary>
    /// Riktning's core services (<c>AddRiktningCore</c>) on this database, for services that keep state between scopes
    /// (the store version and the caches keyed by it); resolve scoped ones from a scope.
    /// </summary>
    public ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Settings().Append(new("Riktning:RegionListsPath", RepositoryPaths.Regions)))
            .Build();
        return new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
    }

    /// <summary>Configuration keys that point Riktning at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Riktning:Database:Provider", Provider.ToString()),
        new("ConnectionStrings:Riktning", ConnectionString),
    ];

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        else if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ServerConnectionString());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);

            // FORCE may not end an autovacuum worker that has just started on the new database (it belongs to the
            // superuser: 42501); the worker finishes in moments, so try again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await command.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    await Task.Delay(250);
                }
            }
        }
    }

    private static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with scripts/test, which installs and starts PostgreSQL, " +
                $"or set {PostgresVariable} to a connection string of a role that may create databases.");
}
