using System.Text;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Importing.JsonStat;
using Riktning.Regions;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Core.Tests.Statistics;

/// <summary>
/// Bad Norwegian input at import (issue 14): a code that no period of the registry knows, and a kommune's figure outside
/// its code's validity period, are refused with the file, the row and the code named, and nothing is stored.
/// </summary>
public sealed class NorwegianImportRefusalTests
{
    private static readonly ImportOrigin Origin = new("csv", null, "ssb-07459.csv");

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_CodeNoPeriodKnows_IsRefusedNamingFileRowAndCode(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        ObservationRow[] rows =
        [
            new("NO-34", "2024", "", 100, ValueStatus.Present),
            new("NO-3401", "2024", "", 20, ValueStatus.Present),
            new("NO-3499", "2024", "", 5, ValueStatus.Present),
        ];

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => TestImporters.Importer(db, database).ImportAsync("folkemengde", Origin, rows));

        Assert.Equal("ssb-07459.csv: row 3: region code NO-3499 is a Norwegian code that no period of the region registry knows; nothing was imported", error.Message);
        Assert.Equal(0, await db.Observations.CountAsync());
        Assert.Equal(0, await db.ImportBatches.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_KommuneOutsideItsValidity_IsRefusedAndTheSameKommuneInItsPeriodIsStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        // Halden is 3001 in 2020–2023 and 3101 from 2024: a 2022 figure on 3101 belongs to no kommune of that year.
        ObservationRow[] bad =
        [
            new("NO-3001", "2022", "", 31_000, ValueStatus.Present),
            new("NO-3101", "2022", "", 31_000, ValueStatus.Present),
        ];

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => TestImporters.Importer(db, database).ImportAsync("folkemengde", Origin, bad));

        Assert.Equal("ssb-07459.csv: row 2: kommune NO-3101 (Halden) has a figure for 2022, outside its validity period (2024-01-01–); nothing was imported", error.Message);
        Assert.Equal(0, await db.Observations.CountAsync());

        // A fylke code reused across reforms and the kommune in its own years are taken.
        ObservationRow[] good =
        [
            new("NO-3001", "2022", "", 31_000, ValueStatus.Present),
            new("NO-3101", "2024", "", 31_200, ValueStatus.Present),
            new("NO-30", "2022", "", 1_250_000, ValueStatus.Present),
        ];
        var summary = await TestImporters.Importer(db, database).ImportAsync("folkemengde", Origin, good);
        Assert.Equal(3, summary.Added);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_FylkeOutsideItsValidity_VikenFor2024_IsRefusedFromAnUploadedCsvAndNothingIsStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        // Viken (30) is a fylke of 2020–2023; in 2024 its area is Østfold (31), Akershus (32) and Buskerud (33).
        const string csv = """
            region,period,value
            NO-30,2023,1275000
            NO-31,2024,311000
            NO-30,2024,1290000
            """;
        var rows = Riktning.Importing.Tabular.TabularRows.FromCsv(new StringReader(csv), "viken.csv", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ImportFormatException>(() =>
            TestImporters.Importer(db, database).ImportAsync("folkemengde", new ImportOrigin("csv", null, "viken.csv"), rows, TestContext.Current.CancellationToken));

        Assert.Equal("viken.csv: row 3: fylke NO-30 (Viken) has a figure for 2024, outside its validity period (2020-01-01–2023-12-31); nothing was imported", error.Message);
        Assert.Equal(0, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.ImportBatches.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_KongsvingerFor2019FromJsonStat2_IsRefusedNamingFileRowAndCode(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        // Kongsvinger is 0402 until 2019, 3401 from 2020: a number on 3401 for 2019 belongs to no kommune of that year.
        var dataset = JsonStat2Parser.Parse(Encoding.UTF8.GetBytes(SsbTable(["0402", "3401"], ["2019", "2020"], [17_849, null, 17_800, 17_829], """{"1": ".."}""")), "07459.json");
        var rows = DatasetRows.From(dataset, Mapping).ToList();

        var error = await Assert.ThrowsAsync<ImportFormatException>(() =>
            TestImporters.Importer(db, database).ImportAsync("folkemengde", new ImportOrigin("json-stat2", "07459", "07459.json"), rows, TestContext.Current.CancellationToken));

        Assert.Equal("07459.json: row 3: kommune NO-3401 (Kongsvinger) has a figure for 2019, outside its validity period (2020-01-01–); nothing was imported", error.Message);
        Assert.Equal(0, await db.Observations.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_EmptyCellsOfATableSpanningTheReform_AreLeftOutWithANoteAndTheFiguresStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
        // As SSB prints a table across the 2020 reform: ".." where a code was not in force, a number where it was.
        var dataset = JsonStat2Parser.Parse(
            Encoding.UTF8.GetBytes(SsbTable(["0402", "3401"], ["2019", "2020"], [17_849, null, null, 17_829], """{"1": "..", "2": ".."}""")), "07459.json");
        var rows = DatasetRows.From(dataset, Mapping).ToList();

        var summary = await TestImporters.Importer(db, database).ImportAsync("folkemengde", new ImportOrigin("json-stat2", "07459", "07459.json"), rows, TestContext.Current.CancellationToken);

        Assert.Equal(2, summary.Added);
        Assert.Equal("07459.json: 2 empty cell(s) for a fylke or kommune outside its validity period left out (no figure, nothing to store)", Assert.Single(summary.Notes));
        var stored = await db.ObservationSeries.Join(db.Observations, s => s.Id, o => o.SeriesId, (s, o) => new { s.RegionKey, o.Period, o.Value })
            .OrderBy(x => x.RegionKey).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([("NO-0402", "2019", (double?)17_849), ("NO-3401", "2020", 17_829)], stored.Select(x => (x.RegionKey, x.Period, x.Value)));
    }

    private static readonly ImportMapping Mapping = new() { MeasureId = "folkemengde", RegionDimension = "Region", TimeDimension = "Tid", Regions = RegionCodeSystem.Norwegian };

    /// <summary>A json-stat2 answer in SSB's layout (Region × Tid, one content), values region-major; <paramref name="status"/> as SSB writes it.</summary>
    private static string SsbTable(string[] regions, string[] years, double?[] values, string? status) =>
        "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"07459: Befolkning (test table)\",\"source\":\"Statistisk sentralbyrå\","
        + "\"id\":[\"Region\",\"ContentsCode\",\"Tid\"],\"size\":[" + regions.Length + ",1," + years.Length + "],"
        + "\"dimension\":{\"Region\":{\"label\":\"region\",\"category\":{\"index\":{" + string.Join(",", regions.Select((r, i) => $"\"{r}\":{i}")) + "}}},"
        + "\"ContentsCode\":{\"label\":\"statistikkvariabel\",\"category\":{\"index\":{\"Personer1\":0},\"label\":{\"Personer1\":\"Personer\"}}},"
        + "\"Tid\":{\"label\":\"år\",\"category\":{\"index\":{" + string.Join(",", years.Select((y, i) => $"\"{y}\":{i}")) + "}}}},"
        + "\"role\":{\"time\":[\"Tid\"],\"metric\":[\"ContentsCode\"],\"geo\":[\"Region\"]},"
        + "\"value\":[" + string.Join(",", values.Select(v => v is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")) + "]"
        + (status is null ? "" : ",\"status\":" + status) + "}";
}
