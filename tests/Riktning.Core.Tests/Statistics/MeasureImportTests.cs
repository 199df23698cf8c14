using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Riktning.Auditing;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Importing.Kolada;
using Riktning.Importing.PcAxis;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;
using Riktning.Text;

namespace Riktning.Core.Tests.Statistics;

/// <summary>The guard rails every statistics import passes, the derived totals and the provenance each batch records, on both engines.</summary>
public sealed class MeasureImportTests
{
    private const string KoladaFile = "kolada_N01951_invanare_geo_gender_year_2024-08-30.csv";

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportKolada_FileForAnotherKpi_IsRefusedNamingBothAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("invanare-20-64-andel", "N01961", MeasureKind.Share, "percent");

        var error = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            Import(db, database).ImportKoladaAsync(measure, KoladaValues(), new ImportOrigin("kolada", null, KoladaFile), cancellationToken: Ct));

        Assert.Equal(
            $"{KoladaFile}: the file is N01951, but measure 'invanare-20-64-andel' is bound to kolada N01961; nothing was imported (if this is right, say why with --source-mismatch-ok \"reason\")",
            error.Message);
        Assert.Equal(0, await db.ImportBatches.CountAsync(Ct));
        Assert.Equal(0, await db.Observations.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportKolada_MismatchWithReason_IsStoredWithTheReasonOnTheBatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("invanare", "N01961", MeasureKind.Count, "number");

        var summary = await Import(db, database).ImportKoladaAsync(
            measure, KoladaValues(), new ImportOrigin("kolada", null, KoladaFile), "N01961 is not published before 2025; N01951 stands in", Ct);

        var batch = await db.ImportBatches.SingleAsync(Ct);
        Assert.Equal(summary.BatchId, batch.Id);
        Assert.Equal("source mismatch accepted (file N01951, measure bound to N01961): N01961 is not published before 2025; N01951 stands in", batch.Note);
        Assert.Equal("N01951", batch.TableId);
        Assert.Equal("invanare", batch.MeasureId);
        Assert.StartsWith("cli:", batch.ImportedBy, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportKolada_CountWithWomenAndMenOnly_DerivesTheTotalsAndMarksThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("invanare", "N01951", MeasureKind.Count, "number");

        var summary = await Import(db, database).ImportKoladaAsync(measure, KoladaValues(), new ImportOrigin("kolada", null, KoladaFile), cancellationToken: Ct);

        // 9 048 women and 9 048 men: one total for each pair.
        Assert.Equal(9048, summary.Derived);
        Assert.Equal(18096 + 9048, summary.Added);
        Assert.Empty(summary.Notes);
        Assert.Equal(48484 + 47982, await ValueAsync(db, "SE-1780", BreakdownKey.Total, "2022"));
        Assert.Equal(9048, (await db.ImportBatches.SingleAsync(Ct)).Derived);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportRows_ShareWithWomenAndMenOnly_IsNeverSummedAndSaysWhy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("sysselsatta", "N02243", MeasureKind.Share, "percent");
        ObservationRow[] rows = [new("SE-1780", "2023", "sex=women", 80, ValueStatus.Present), new("SE-1780", "2023", "sex=men", 82, ValueStatus.Present)];

        var summary = await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("csv", null, "share.csv"), rows, Ct);

        Assert.Equal(0, summary.Derived);
        Assert.Equal(2, summary.Added);
        Assert.Contains("a share is never summed from women and men", Assert.Single(summary.Notes), StringComparison.Ordinal);
        Assert.Equal(0, await db.ObservationSeries.CountAsync(s => s.Breakdown == BreakdownKey.Total, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportRows_ShareInPercentAbove100_IsRefusedNamingTheValue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("andel", "N01961", MeasureKind.Share, "percent");
        ObservationRow[] rows = [new("SE-1780", "2023", "", 61.5, ValueStatus.Present), new("SE-1780", "2024", "", 245000, ValueStatus.Present)];

        var error = await Assert.ThrowsAsync<ImportRefusedException>(() => Import(db, database).ImportRowsAsync(measure, new ImportOrigin("csv", null, "incomes.csv"), rows, Ct));

        Assert.Equal("incomes.csv: measure 'andel' is a share in per cent, but value 2 (SE-1780, 2024) is 245000; nothing was imported (is this the file for N01961?)", error.Message);
        Assert.Equal(0, await db.Observations.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportTable_UnknownBreakdownName_IsRefusedWithTheKnownNames(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("befolkning", null, MeasureKind.Count, "number");
        var dataset = DatasetRowsTests.CountyPopulation();
        var mapping = DatasetRowsTests.PopulationBySex with { Breakdowns = new Dictionary<string, string> { ["kön"] = "sex" } };

        var error = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            Import(db, database).ImportTableAsync(measure, dataset, mapping, new ImportOrigin("px-file", null, dataset.Source), cancellationToken: Ct));

        Assert.Equal("pxweb_BE0101N1_population_county_en_ansi.px: the mapping's breakdowns: 'kön' is not a breakdown name; use one of sex, age, birth-country, education", error.Message);
        Assert.Equal(0, await db.ImportBatches.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportTable_PxFileOfTheBoundTable_RecordsTableAndTheSourcesUpdateTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        StatisticsDataset dataset;
        await using (var stream = File.OpenRead(RepositoryPaths.SharedData("px", "scb_BE0101N1_sv_iso8859-1.px")))
        {
            dataset = PxFileParser.Parse(stream, "scb_BE0101N1_sv_iso8859-1.px");
        }

        // The measure names SCB's old id (MATRIX); the file also names PxWebApi 2's (TABLEID): either matches.
        var measure = Measure("folkmangd", "BE0101N1", MeasureKind.Count, "number");
        var other = Measure("folkmangd", "TAB4723", MeasureKind.Count, "number");
        var mapping = ImportMapping.For(measure) with { RegionDimension = "Region", TimeDimension = "Tid", Filters = FilterAllBut(dataset, "Region", "Tid") };

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() =>
            Import(db, database).ImportTableAsync(other, dataset, mapping, new ImportOrigin("px-file", null, dataset.Source), cancellationToken: Ct));
        var summary = await Import(db, database).ImportTableAsync(measure, dataset, mapping, new ImportOrigin("px-file", dataset.TableId, dataset.Source), cancellationToken: Ct);

        Assert.Contains("the file is TAB638 / BE0101N1, but measure 'folkmangd' is bound to scb TAB4723", refused.Message, StringComparison.Ordinal);
        var batch = await db.ImportBatches.SingleAsync(Ct);
        Assert.Equal(summary.BatchId, batch.Id);
        Assert.Equal("TAB638", batch.TableId);
        Assert.Equal("2022-02-22 08:00", batch.SourceUpdated);
        Assert.Equal(["TAB638", "BE0101N1"], dataset.Identifiers);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Undo_LatestBatch_RestoresEveryRowExactlyAndIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("befolkning", null, MeasureKind.Count, "number");
        var rows = DatasetRows.From(DatasetRowsTests.CountyPopulation(), DatasetRowsTests.PopulationBySex).ToList();
        var first = await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("px-file", null, "first.px"), rows, Ct);
        var before = await TableAsync(db);
        var revised = rows.Select((r, i) => i % 3 == 0 ? r with { Value = r.Value + 1 } : r).Append(new ObservationRow("SE-17", "2099", "sex=women", 5, ValueStatus.Present, ObservationFlags.Provisional)).ToList();
        var second = await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("px-file", null, "second.px"), revised, Ct);
        Assert.NotEqual(before, await TableAsync(db));

        var undo = await TestImporters.History(db).UndoAsync(second.BatchId!.Value, Ct);

        Assert.Equal(before, await TableAsync(db));
        Assert.Equal(second.Changed, undo.Restored);
        Assert.Equal(second.Added, undo.Removed);
        var undone = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == second.BatchId, Ct);
        Assert.Equal(undo.UndoBatchId, undone.UndoneByBatchId);
        Assert.Equal(ImportSources.Undo, (await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == undo.UndoBatchId, Ct)).Source);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == nameof(ImportBatch)).ToListAsync(Ct), a => a.Action == AuditAction.Modified && a.EntityKey == second.BatchId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, await db.ReplacedObservations.CountAsync(Ct));
        Assert.NotNull(first.BatchId);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Undo_BatchALaterBatchChanged_IsRefusedNamingTheLaterBatchAndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("befolkning", null, MeasureKind.Count, "number");
        ObservationRow[] one = [new("SE-1780", "2023", "", 1, ValueStatus.Present)];
        ObservationRow[] two = [new("SE-1780", "2023", "", 2, ValueStatus.Present)];
        ObservationRow[] three = [new("SE-1780", "2023", "", 3, ValueStatus.Present)];
        await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("csv", null, "one.csv"), one, Ct);
        var second = await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("csv", null, "two.csv"), two, Ct);
        var third = await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("csv", null, "three.csv"), three, Ct);
        var before = await TableAsync(db);

        var error = await Assert.ThrowsAsync<ImportRefusedException>(() => TestImporters.History(db).UndoAsync(second.BatchId!.Value, Ct));
        var again = await TestImporters.History(db).UndoAsync(third.BatchId!.Value, Ct);
        var thenSecond = await TestImporters.History(db).UndoAsync(second.BatchId!.Value, Ct);

        Assert.StartsWith($"batch {second.BatchId} cannot be undone: batch {third.BatchId} (csv, imported by hand, three.csv, retrieved ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"undo batch {third.BatchId} first", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, again.Restored);
        Assert.Equal(1, thenSecond.Restored);
        Assert.Equal(1, await ValueAsync(db, "SE-1780", "", "2023"));
        Assert.Equal(3, before.Single().Value);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Undo_BatchThatOnlyChangedFlags_RestoresTheFlags(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ContextAsync(database);
        var measure = Measure("befolkning", null, MeasureKind.Count, "number");
        ObservationRow[] provisional =
        [
            new("SE-1780", "2023", "", 1, ValueStatus.Present, ObservationFlags.Provisional | ObservationFlags.Break),
            new("SE-1780", "2024", "", null, ValueStatus.Confidential),
        ];
        ObservationRow[] final = [new("SE-1780", "2023", "", 1, ValueStatus.Present, ObservationFlags.Estimated), new("SE-1780", "2024", "", 7, ValueStatus.Present)];
        await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("csv", null, "provisional.csv"), provisional, Ct);
        var before = await TableAsync(db);

        var second = await Import(db, database).ImportRowsAsync(measure, new ImportOrigin("csv", null, "final.csv"), final, Ct);
        var changed = await TableAsync(db);
        var undo = await TestImporters.History(db).UndoAsync(second.BatchId!.Value, Ct);

        Assert.Equal(2, second.Changed);
        Assert.Equal([ObservationFlags.Estimated, ObservationFlags.None], changed.Select(r => r.Flags));
        Assert.Equal(2, undo.Restored);
        Assert.Equal(before, await TableAsync(db));
        Assert.Equal([ObservationFlags.Provisional | ObservationFlags.Break, ObservationFlags.None], before.Select(r => r.Flags));
        Assert.Equal(ValueStatus.Confidential, before[1].Status);
    }

    private static MeasureImport Import(RiktningDb db, TestDatabase database) =>
        new(new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions())), TestImporters.Importer(db, database));

    private static Measure Measure(string id, string? kpi, MeasureKind kind, string unit) =>
        new(id, new LocalizedText(id), unit, null, kpi is null ? new MeasureSource(SourceType.None, null, null) : new MeasureSource(kpi.StartsWith('N') ? SourceType.Kolada : SourceType.Scb, kpi, null)) { Kind = kind };

    private static List<KoladaValue> KoladaValues()
    {
        using var reader = new StreamReader(RepositoryPaths.SharedData("kolada", KoladaFile));
        return [.. KoladaCsvReader.Read(reader, KoladaFile)];
    }

    /// <summary>Every dimension but the ones named narrowed to its first category, so each cell is one observation.</summary>
    private static Dictionary<string, string> FilterAllBut(StatisticsDataset dataset, params string[] kept) =>
        dataset.Dimensions.Where(d => !kept.Contains(d.Code, StringComparer.Ordinal) && d.Categories.Count > 1)
            .ToDictionary(d => d.Code, d => d.Categories[0].Code, StringComparer.Ordinal);

    private static async Task<RiktningDb> ContextAsync(TestDatabase database)
    {
        var interceptor = new AuditInterceptor(new ProcessAuditActor(), TimeProvider.System);
        RiktningDb db = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteRiktningDb(new DbContextOptionsBuilder<SqliteRiktningDb>().UseSqlite(database.ConnectionString).AddInterceptors(interceptor).Options)
            : new PostgresRiktningDb(new DbContextOptionsBuilder<PostgresRiktningDb>().UseNpgsql(database.ConnectionString).AddInterceptors(interceptor).Options);
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"), Ct);
        return db;
    }

    /// <summary>Every stored observation with its series and batch, in key order: what an undo must give back exactly.</summary>
    private static async Task<List<(string Region, string Breakdown, string Period, double? Value, ValueStatus Status, ObservationFlags Flags, int Batch)>> TableAsync(RiktningDb db) =>
        [.. (await (from o in db.Observations.AsNoTracking()
                    join s in db.ObservationSeries.AsNoTracking() on o.SeriesId equals s.Id
                    select new { s.RegionKey, s.Breakdown, o.Period, o.Value, o.Status, o.Flags, o.BatchId })
                .ToListAsync(Ct))
            .Select(r => (r.RegionKey, r.Breakdown, r.Period, r.Value, r.Status, r.Flags, r.BatchId))
            .OrderBy(r => r.RegionKey, StringComparer.Ordinal).ThenBy(r => r.Breakdown, StringComparer.Ordinal).ThenBy(r => r.Period, StringComparer.Ordinal)];

    private static async Task<double?> ValueAsync(RiktningDb db, string region, string breakdown, string period) =>
        await (from o in db.Observations
               join s in db.ObservationSeries on o.SeriesId equals s.Id
               where s.RegionKey == region && s.Breakdown == breakdown && o.Period == period
               select o.Value).SingleAsync(Ct);
}
