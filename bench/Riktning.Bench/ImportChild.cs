using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing.JsonStat;
using Riktning.Setup;
using Riktning.Statistics;

namespace Riktning.Bench;

/// <summary>
/// The measured Riktning import, in a process of its own: services from <c>AddRiktningCore</c> as the app registers them,
/// the store migrated by <see cref="DatabaseSetup"/>, then parse + row translation + <see cref="ObservationImporter"/> timed
/// together. Prints one <c>RESULT key=value …</c> line for the parent.
/// </summary>
internal static class ImportChild
{
    public const string ResultPrefix = "RESULT ";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var provider = Enum.Parse<DatabaseProvider>(Argument(args, "--provider"), ignoreCase: true);
        var connectionString = Argument(args, "--connection");
        var file = Argument(args, "--file");

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Riktning:Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Riktning"] = connectionString,
            ["Riktning:RegionListsPath"] = Path.Combine(RepositoryRoot.Find(), "regions"),
            ["Riktning:DefinitionsPath"] = Path.Combine(RepositoryRoot.Find(), "strategies"),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRiktningCore(configuration);
        await using var container = services.BuildServiceProvider();

        await using (var scope = container.CreateAsyncScope())
        {
            // Migrated and filled as the app does on start: the importer checks region codes against the registry.
            var setup = scope.ServiceProvider.GetRequiredService<DatabaseSetup>();
            await setup.MigrateAsync();
            await setup.LoadBundledContentAsync();
        }

        var origin = new ImportOrigin("json-stat2", "BENCH01", Path.GetFileName(file));
        var watch = Stopwatch.StartNew();
        var first = await ImportOnceAsync(container, file, origin);
        watch.Stop();
        var peak = PeakMemory.ReadKilobytes();

        // Not timed: the second identical run must change nothing, and every cell must be stored once.
        var again = Stopwatch.StartNew();
        var second = await ImportOnceAsync(container, file, origin);
        again.Stop();
        int stored;
        await using (var scope = container.CreateAsyncScope())
        {
            stored = await scope.ServiceProvider.GetRequiredService<RiktningDb>().Observations.CountAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ResultPrefix}seconds={watch.Elapsed.TotalSeconds:R} added={first.Added} changed={first.Changed} unchanged={first.Unchanged} " +
            $"peak_kb={peak} second_seconds={again.Elapsed.TotalSeconds:R} second_added={second.Added} second_changed={second.Changed} " +
            $"second_unchanged={second.Unchanged} second_batch={(second.BatchId is null ? "none" : "stored")} stored={stored}"));
        return 0;
    }

    private static async Task<ImportSummary> ImportOnceAsync(IServiceProvider container, string file, ImportOrigin origin)
    {
        await using var scope = container.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
        await using var stream = File.OpenRead(file);
        var dataset = JsonStat2Parser.Parse(stream, Path.GetFileName(file));
        return await importer.ImportAsync(BenchFileGenerator.MeasureId, origin, DatasetRows.From(dataset, BenchFileGenerator.Mapping));
    }

    private static string Argument(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1];
            }
        }

        throw new ArgumentException($"import-child needs {name}");
    }
}
