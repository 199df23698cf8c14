using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;
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
}
