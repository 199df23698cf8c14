using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Setup;
using Riktning.Strategy;

namespace Riktning.Bench;

/// <summary>What the <c>instances</c> verb's store holds and how long it took to make it.</summary>
internal sealed record LargeStoreInfo(string ConnectionString, string Database, long Observations, int Series, string Shape, TimeSpan? Generated, long TableBytes, long IndexBytes);

/// <summary>
/// The <c>instances</c> verb's PostgreSQL store: Riktning's own migrations and bundled content (regions, the strategy),
/// then synthetic observations generated inside PostgreSQL (<c>INSERT … SELECT … generate_series</c>, no client round
/// trips) for every measure of the strategy × Sweden, its 21 counties and 290 municipalities × 66 breakdowns × as many
/// years back from 2024 as the wanted size needs. Bulk-loaded as a restore would be: the primary key dropped during the
/// load and built once afterwards, then <c>VACUUM (ANALYZE)</c>. The database is kept and reused when it holds exactly
/// the wanted number of observations, so a second run does not regenerate 100 M rows.
/// </summary>
internal static class LargePostgresStore
{
    /// <summary>Every value of this source is made up; the import history says so.</summary>
    public const string SyntheticSource = "synthetic";

    private const int LastYear = 2024;

    /// <summary>Series per INSERT statement: small enough that each statement's sort stays in memory.</summary>
    private const int SeriesPerChunk = 10_000;

    private static readonly string[] AgeGroups =
        ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"];

    /// <summary>Total, sex, age, age × sex, birth country, birth country × sex: 1 + 2 + 19 + 38 + 2 + 4 = 66 series per region.</summary>
    public static IReadOnlyList<string> Breakdowns()
    {
        string[] sexes = ["women", "men"];
        string[] births = ["sweden", "abroad"];
        var keys = new List<string> { Riktning.Statistics.BreakdownKey.Total };
        keys.AddRange(sexes.Select(s => $"sex={s}"));
        keys.AddRange(AgeGroups.Select(a => $"age={a}"));
        keys.AddRange(AgeGroups.SelectMany(a => sexes.Select(s => $"age={a};sex={s}")));
        keys.AddRange(births.Select(b => $"birth-country={b}"));
        keys.AddRange(births.SelectMany(b => sexes.Select(s => $"birth-country={b};sex={s}")));
        return keys;
    }

    public static async Task<LargeStoreInfo> EnsureAsync(string root, string server, long observations)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"riktning_bench_{observations}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0, Timeout = 60 }.ConnectionString;
        if (await ExistingCountAsync(server, name, connectionString) is { } existing)
        {
            // The runs' refreshes add the replayed Kolada values the synthetic store lacks (540 after one run at 100 M):
            // a store a little above its size is the same store, not one to generate again for ten minutes.
            if (existing >= observations && existing - observations <= observations / 1000)
            {
                // Migrations added since it was generated, as `riktning db migrate` would apply them.
                await MigrateAsync(root, connectionString);
                Say($"Reusing database {name}: {existing:N0} observations");
                return await DescribeAsync(connectionString, name, observations, null);
            }

            Say($"Database {name} holds {existing:N0} observations, not {observations:N0}: generating it again");
        }

        var watch = Stopwatch.StartNew();
        await RecreateDatabaseAsync(server, name);
        var (measures, regions) = await MigrateAsync(root, connectionString);
        var breakdowns = Breakdowns();
        var seriesCount = measures.Count * regions.Count * breakdowns.Count;
        var years = (int)((observations + seriesCount - 1) / seriesCount);
        Say($"Generating {observations:N0} observations: {measures.Count} measures × {regions.Count} regions × {breakdowns.Count} breakdowns × {years} years ({LastYear - years + 1}–{LastYear}), in database {name}");

        await using (var connection = await OpenAsync(connectionString))
        {
            // One batch per measure, each saying that its values are synthetic. Added (and Holds) is the measure's share of the rows.
            var perSeries = Enumerable.Range(0, seriesCount).Select(rank => Math.Clamp(observations - ((long)rank * years), 0, years)).ToArray();
            var perMeasure = breakdowns.Count * regions.Count;
            for (var m = 0; m < measures.Count; m++)
            {
                var added = perSeries.Skip(m * perMeasure).Take(perMeasure).Sum();
                await ExecuteAsync(connection, """
                    INSERT INTO import_batches ("MeasureId", "Source", "TableId", "Location", "RetrievedAtUtc", "ImportedBy", "Note", "Derived", "Added", "Changed", "Unchanged", "Holds", "LatestPeriod")
                    VALUES (@measure, @source, NULL, 'bench/Riktning.Bench instances (generate_series)', now(), 'bench', 'Synthetic values, not statistics', 0, @added, 0, 0, @added, CASE WHEN @added > 0 THEN @latest END)
                    """, ("measure", measures[m]), ("source", SyntheticSource), ("added", (int)added), ("latest", LastYear.ToString(CultureInfo.InvariantCulture)));
            }

            // Series ids follow measure, region, breakdown, so that a measure's series and their values lie together,
            // as imports measure by measure leave them.
            await ExecuteAsync(connection, """
                INSERT INTO observation_series ("MeasureId", "RegionKey", "Breakdown")
                SELECT m.value, r.value, b.value
                FROM unnest(@measures) WITH ORDINALITY AS m(value, n)
                CROSS JOIN unnest(@regions) WITH ORDINALITY AS r(value, n)
                CROSS JOIN unnest(@breakdowns) WITH ORDINALITY AS b(value, n)
                ORDER BY m.n, r.n, b.n
                """, ("measures", measures.ToArray()), ("regions", regions.ToArray()), ("breakdowns", breakdowns.ToArray()));
            // A bulk load builds the key once at the end instead of maintaining a B-tree per inserted row.
            await ExecuteAsync(connection, """ALTER TABLE observations DROP CONSTRAINT "PK_observations" """);
        }

        var firstId = await ScalarAsync<int>(connectionString, """SELECT min("Id") FROM observation_series""");
        var load = Stopwatch.StartNew();
        var chunks = new System.Collections.Concurrent.ConcurrentQueue<int>(Enumerable.Range(0, (seriesCount + SeriesPerChunk - 1) / SeriesPerChunk));
        var done = 0L;
        // Two sessions: PostgreSQL 15 does not parallelise INSERT … SELECT itself.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var connection = await OpenAsync(connectionString);
            await ExecuteAsync(connection, "SET work_mem = '256MB'");
            await ExecuteAsync(connection, "SET synchronous_commit = off");
            while (chunks.TryDequeue(out var chunk))
            {
                var low = firstId + (chunk * SeriesPerChunk);
                var rows = await ExecuteAsync(connection, InsertChunkSql, ("low", low), ("high", low + SeriesPerChunk),
                    ("first", firstId), ("years", years), ("lastYear", LastYear), ("wanted", observations), ("source", SyntheticSource));
                var total = Interlocked.Add(ref done, rows);
                if (chunk % 10 == 0)
                {
                    Say($"  {total:N0} of {observations:N0} rows after {load.Elapsed.TotalSeconds:F0} s");
                }
            }
        }));
        Say($"Inserted {done:N0} rows in {load.Elapsed.TotalSeconds:F0} s");

        await using (var connection = await OpenAsync(connectionString))
        {
            var step = Stopwatch.StartNew();
            await ExecuteAsync(connection, "SET maintenance_work_mem = '1GB'");
            await ExecuteAsync(connection, """ALTER TABLE observations ADD CONSTRAINT "PK_observations" PRIMARY KEY ("SeriesId", "Period")""");
            Say($"Primary key built in {step.Elapsed.TotalSeconds:F0} s");
            step.Restart();
            // VACUUM sets the visibility map and hint bits once, so the first readers neither write pages nor visit
            // the heap for index-only scans; ANALYZE gives the planner the new sizes.
            await ExecuteAsync(connection, "VACUUM (ANALYZE) observations");
            await ExecuteAsync(connection, "VACUUM (ANALYZE) observation_series");
            await ExecuteAsync(connection, "ANALYZE import_batches");
            Say($"VACUUM (ANALYZE) in {step.Elapsed.TotalSeconds:F0} s");
        }

        watch.Stop();
        Say($"Generated database {name} in {watch.Elapsed.TotalSeconds:F0} s");
        return await DescribeAsync(connectionString, name, observations, watch.Elapsed);
    }

    /// <summary>
    /// The values of series [low, high): years back from <c>lastYear</c>, cut where the row number reaches the wanted
    /// size; about one in fifty missing with status 1 (<c>..</c>), the rest a made-up level per series with a slow trend.
    /// </summary>
    private const string InsertChunkSql = """
        INSERT INTO observations ("SeriesId", "Period", "Value", "Status", "Flags", "BatchId")
        SELECT s."Id", (@lastYear - @years + 1 + y)::text,
               CASE WHEN (s."Id" * 31 + y * 17) % 50 = 0 THEN NULL
                    ELSE round((20 + s."Id" % 41 + y * 0.25 + ((s."Id" * 7 + y * 13) % 10) / 10.0)::numeric, 1)::double precision END,
               CASE WHEN (s."Id" * 31 + y * 17) % 50 = 0 THEN 1 ELSE 0 END,
               0,
               b."Id"
        FROM observation_series s
        JOIN import_batches b ON b."MeasureId" = s."MeasureId" AND b."Source" = @source
        CROSS JOIN generate_series(0, @years - 1) AS y
        WHERE s."Id" >= @low AND s."Id" < @high AND (s."Id" - @first)::bigint * @years + y < @wanted
        ORDER BY s."Id", y
        """;

    /// <summary>The observations of a completed store (its primary key exists), or null when there is no such database.</summary>
    private static async Task<long?> ExistingCountAsync(string server, string name, string connectionString)
    {
        await using (var admin = await OpenAsync(server))
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is null)
            {
                return null;
            }
        }

        var complete = await ScalarAsync<long>(connectionString,
            """SELECT count(*) FROM pg_constraint WHERE conname = 'PK_observations' AND conrelid = to_regclass('observations')""");
        if (complete == 0)
        {
            Say($"Database {name} has no primary key on observations (an interrupted load)");
            return -1;
        }

        var watch = Stopwatch.StartNew();
        var count = await ScalarAsync<long>(connectionString, "SELECT count(*) FROM observations");
        Say($"Counted {count:N0} observations in {name} in {watch.Elapsed.TotalSeconds:F0} s");
        return count;
    }

    private static async Task RecreateDatabaseAsync(string server, string name)
    {
        await using var admin = await OpenAsync(server);
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");

        // The pooled connections to the dropped database (the reuse check's) were ended by the FORCE: a later open would
        // get one of them and fail with 57P01.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Riktning's own migrations and bundled content; returns the strategy's measures and today's Swedish regions.</summary>
    private static async Task<(List<string> Measures, List<string> Regions)> MigrateAsync(string root, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Riktning:Database:Provider"] = nameof(DatabaseProvider.Postgres),
            ["ConnectionStrings:Riktning"] = connectionString,
            ["Riktning:RegionListsPath"] = Path.Combine(root, "regions"),
            ["Riktning:DefinitionsPath"] = Path.Combine(root, "strategies"),
        }).Build();
        await using var container = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        await using var scope = container.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<DatabaseSetup>();
        await setup.MigrateAsync();
        await setup.LoadBundledContentAsync();
        var definitions = await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().CurrentAsync();
        var measures = definitions.Where(d => d.Definition.Kind == DefinitionKind.Strategy)
            .SelectMany(d => d.Definition.Measures).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        var regions = await db.Regions
            .Where(r => r.Country == "SE" && r.ValidTo == null)
            .Select(r => new { r.Code, r.Level })
            .ToListAsync();
        var keys = regions.OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => RegionKey.Format("SE", r.Code)).ToList();
        return (measures, keys);
    }

    private static async Task<LargeStoreInfo> DescribeAsync(string connectionString, string name, long observations, TimeSpan? generated)
    {
        var series = await ScalarAsync<long>(connectionString, "SELECT count(*) FROM observation_series");
        var years = await ScalarAsync<long>(connectionString, """SELECT count(DISTINCT "Period") FROM observations WHERE "SeriesId" = (SELECT min("Id") FROM observation_series)""");
        var table = await ScalarAsync<long>(connectionString, "SELECT pg_table_size('observations')");
        var index = await ScalarAsync<long>(connectionString, "SELECT pg_indexes_size('observations')");
        var shape = string.Create(CultureInfo.InvariantCulture, $"{series:N0} series × up to {years} years");
        return new LargeStoreInfo(connectionString, name, observations, (int)series, shape, generated, table, index);
    }

    internal static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    internal static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static async Task<long> ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (parameter, value) in parameters)
        {
            command.Parameters.AddWithValue(parameter, value);
        }

        return await command.ExecuteNonQueryAsync();
    }

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));
}
