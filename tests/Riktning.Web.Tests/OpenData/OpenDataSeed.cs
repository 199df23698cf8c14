using Microsoft.Extensions.DependencyInjection;
using Riktning.Importing;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.OpenData;

/// <summary>Imports rows through the site's own importer, and reads the golden answers in Expected/.</summary>
internal static class OpenDataSeed
{
    /// <summary>The small dataset the golden files describe: two regions, the total and women, two years, every status kind that matters.</summary>
    public static readonly ObservationRow[] Population =
    [
        new("SE-17", "2023", "", 160000, ValueStatus.Present),
        new("SE-17", "2024", "", 161234.5, ValueStatus.Present),
        new("SE-1780", "2024", "", null, ValueStatus.Confidential),
        new("SE-1780", "2023", "sex=women", 39000, ValueStatus.Present, ObservationFlags.Provisional),
        new("SE-1780", "2024", "sex=women", 40000, ValueStatus.Present),
    ];

    public static async Task ImportAsync(IServiceProvider services, string measureId, IEnumerable<ObservationRow> rows)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ObservationImporter>()
            .ImportAsync(measureId, new ImportOrigin("test", null, "rows typed in the test"), rows, TestContext.Current.CancellationToken);
    }

    public static string Expected(string file) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Riktning.Web.Tests", "OpenData", "Expected", file));
}
