using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing.JsonStat;
using Riktning.Regions;
using Riktning.Setup;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Bench;

/// <summary>
/// Builds the <c>web</c> verb's SQLite store: bundled content first (regions, the strategy), the municipal boundaries of
/// ../shared/data when they are there, then one generated table
/// imported by <see cref="ObservationImporter"/> into several real Kolada-bound measures of Värmlandsstrategin, so that
/// the API's measure lookups succeed and the rows of one measure are a tenth of the store.
/// </summary>
internal static class WebStore
{
    /// <summary>Measure ids from strategies/varmlandsstrategin-2040.yaml; the first is the one the benchmark reads.</summary>
    public static readonly string[] MeasureIds =
    [
        "behoriga-till-yrkesprogram", "bra-sjalvskattat-halsotillstand", "gott-psykiskt-valbefinnande",
        "varaktigt-lag-ekonomisk-standard", "barn-unga-lag-ekonomisk-standard", "upplevd-tillgang-halso-och-sjukvard",
        "avsaknad-av-tillit-till-andra", "fortroende-kommunens-politiker", "valdeltagande-kommunalval", "lagt-socialt-deltagande",
    ];

    public static async Task<long> BuildAsync(string root, string database, int values)
    {
        var folder = Directory.CreateTempSubdirectory("riktning-bench-web-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            var files = BenchFileGenerator.Write(root, folder, (values + MeasureIds.Length - 1) / MeasureIds.Length);
            Say($"Generated {files.Values:N0} values per measure ({files.Shape}) in {watch.Elapsed.TotalSeconds:F1} s");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Riktning:Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                ["ConnectionStrings:Riktning"] = $"Data Source={database}",
                ["Riktning:RegionListsPath"] = Path.Combine(root, "regions"),
                ["Riktning:DefinitionsPath"] = Path.Combine(root, "strategies"),
            }).Build();
            await using var container = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
            await using (var scope = container.CreateAsyncScope())
            {
                var setup = scope.ServiceProvider.GetRequiredService<DatabaseSetup>();
                await setup.MigrateAsync();
                await setup.LoadBundledContentAsync();
            }

            // The municipalities' outlines, as a deployment imports them, so that the indicator page draws its map from
            // boundary data (the choropleth) and the page weight counts that map, not the tile map of a store without them.
            var outlines = RepositoryPaths.SharedData("geo", "se_kommuner_290.geojson");
            if (File.Exists(outlines))
            {
                await using var scope = container.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BoundaryImporter>().ImportAsync(outlines, "SE", "id");
                Say($"  municipal boundaries imported from {outlines}");
            }
            else
            {
                Say($"  no municipal boundaries at {outlines}: the indicator page draws the tile map");
            }

            foreach (var measureId in MeasureIds)
            {
                watch.Restart();
                await using var scope = container.CreateAsyncScope();
                var importer = scope.ServiceProvider.GetRequiredService<ObservationImporter>();
                await using var stream = File.OpenRead(files.JsonPath);
                var dataset = JsonStat2Parser.Parse(stream, Path.GetFileName(files.JsonPath));
                var mapping = BenchFileGenerator.Mapping with { MeasureId = measureId };
                var summary = await importer.ImportAsync(measureId, new ImportOrigin("json-stat2", "BENCH01", measureId), DatasetRows.From(dataset, mapping));
                Say($"  {measureId}: {summary.Added:N0} added in {watch.Elapsed.TotalSeconds:F1} s");
            }

            await using (var scope = container.CreateAsyncScope())
            {
                return await scope.ServiceProvider.GetRequiredService<RiktningDb>().Observations.LongCountAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));
}
