using Microsoft.EntityFrameworkCore;
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

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task StatusAsync_AfterImportsUndoAndReimport_EqualsACountOfTheObservations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        var importer = TestImporters.Importer(db, database);
        var history = TestImporters.History(db);
        List<ObservationRow> first = [.. new[] { "2021", "2022", "2023" }.SelectMany(year => new ObservationRow[]
        {
            new("SE-17", year, "", 10, ValueStatus.Present),
            new("SE-1780", year, "", 20, ValueStatus.Present),
            new("SE-1780", year, "sex=women", null, ValueStatus.Confidential),
        })];
        // Changes two of the first file's values, repeats the rest, adds 2024 and one more region.
        List<ObservationRow> second =
        [
            .. first.Select(r => r.RegionKey == "SE-17" && r.Period != "2021" ? r with { Value = 11 } : r),
            new("SE-17", "2024", "", 12, ValueStatus.Present),
            new("SE-1715", "2023", "", 30, ValueStatus.Present),
        ];
        List<(string Step, IReadOnlyDictionary<string, MeasureDataStatus> Shown, IReadOnlyDictionary<string, MeasureDataStatus> Counted)> steps = [];
        async Task CompareAsync(string step) => steps.Add((step, await StatusAsync(database), await CountAsync(db)));

        await importer.ImportAsync("m1", new ImportOrigin("csv", null, "first.csv"), first, Ct);
        await CompareAsync("first import");
        var revised = await importer.ImportAsync("m1", new ImportOrigin("csv", null, "second.csv"), second, Ct);
        await importer.ImportAsync("m2", new ImportOrigin("csv", null, "other.csv"), [new("SE-17", "2020", "", 1, ValueStatus.Present)], Ct);
        await CompareAsync("revision and another measure");
        var undo = await history.UndoAsync(revised.BatchId!.Value, Ct);
        await CompareAsync("undo");
        await importer.ImportAsync("m1", new ImportOrigin("csv", null, "second.csv"), second, Ct);
        await CompareAsync("re-import");
        var third = await importer.ImportAsync("m1", new ImportOrigin("csv", null, "third.csv"), [new("SE-17", "2024", "", 13, ValueStatus.Present)], Ct);
        await history.UndoAsync(third.BatchId!.Value, Ct);
        await CompareAsync("a later change undone");

        Assert.Equal((2, 2), (revised.Added, revised.Changed));
        Assert.Equal((2, 2), (undo.Restored, undo.Removed));
        Assert.All(steps, s => Assert.Equal(s.Counted, s.Shown));
        Assert.Equal(
            [("first import", 9, "2023"), ("revision and another measure", 11, "2024"), ("undo", 9, "2023"), ("re-import", 11, "2024"), ("a later change undone", 11, "2024")],
            steps.Select(s => (s.Step, s.Shown["m1"].Values, s.Shown["m1"].LatestPeriod)));
    }

    /// <summary>The data status as the pages get it, from services of their own (so no earlier version is kept).</summary>
    private static async Task<IReadOnlyDictionary<string, MeasureDataStatus>> StatusAsync(TestDatabase database)
    {
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ObservationQueries>().StatusAsync(["m1", "m2", "m3"], Ct);
    }

    /// <summary>The data status counted from every observation, as it was read before the batches kept it.</summary>
    private static async Task<IReadOnlyDictionary<string, MeasureDataStatus>> CountAsync(RiktningDb db) =>
        (await (from o in db.Observations
                join s in db.ObservationSeries on o.SeriesId equals s.Id
                join b in db.ImportBatches on o.BatchId equals b.Id
                group new { o.Period, b.RetrievedAtUtc } by s.MeasureId into g
                select new { MeasureId = g.Key, Values = g.Count(), Latest = g.Max(x => x.Period), Imported = g.Max(x => x.RetrievedAtUtc) })
            .ToListAsync(Ct))
        .ToDictionary(r => r.MeasureId, r => new MeasureDataStatus(r.MeasureId, r.Values, r.Latest, r.Imported), StringComparer.Ordinal);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
