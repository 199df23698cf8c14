using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Core.Tests.Statistics;

public sealed class ObservationQueriesTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ComparedTotalsAsync_MunicipalityLatestTotal_ComparesInTheSamePeriodAndSkipsMeasuresWithout(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var importer = TestImporters.Importer(db, database);
        var origin = new ImportOrigin("csv", null, "queries-test.csv");
        await importer.ImportAsync("m1", origin,
        [
            new("SE-1780", "2023", "", 81, ValueStatus.Present),
            new("SE-1780", "2024", "", null, ValueStatus.Confidential),
            new("SE-1780", "2025", "sex=women", 40, ValueStatus.Present),
            new("SE-17", "2023", "", 79, ValueStatus.Present),
            new("SE-17", "2024", "", 80, ValueStatus.Present, ObservationFlags.Provisional),
            new("SE", "2023", "", 70, ValueStatus.Present),
            new("SE-1715", "2025", "", 1, ValueStatus.Present),
        ]);
        await importer.ImportAsync("m2", origin, [new("SE-17", "2024", "", 5, ValueStatus.Present)]);

        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();

        var totals = await scope.ServiceProvider.GetRequiredService<ObservationQueries>().ComparedTotalsAsync(["m1", "m2", "m3"], "SE-1780", ["SE-17", "SE"]);

        // m1: the latest total is 2024's (confidential); the 2025 breakdown and another municipality's 2025 total do not count.
        var m1 = Assert.Single(totals).Value;
        Assert.Equal(("m1", "2024"), (m1.MeasureId, m1.Period));
        Assert.Equal(new LatestValue("SE-1780", "2024", null, ValueStatus.Confidential), m1.Region);
        Assert.Equal(new LatestValue("SE-17", "2024", 80, ValueStatus.Present, ObservationFlags.Provisional), Assert.Single(m1.Comparisons).Value);
    }
}
