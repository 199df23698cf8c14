using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary><c>riktning import commuting</c>, run as a separate process from the directory holding the file (paths are the caller's).</summary>
public sealed class CommutingCommandTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportCommuting_SsbTableTwiceThenUnknownDestination_CountsOnceThenRefusesInOneLine(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("commuting-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "13631.json"), CommutingTables.SsbJsonStat2("13631", ["2014", "2015"]), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "bad.json"), CommutingTables.SsbJsonStat2("13631", ["2016"], halden: "3480"), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "COMM01.px"), CommutingTables.NordicPx(), TestContext.Current.CancellationToken);

        var first = await CommandRunner.RunAsync(database, folder.FullName, "import", "commuting", "13631.json", "--source", "ssb");
        var again = await CommandRunner.RunAsync(database, folder.FullName, "import", "commuting", "13631.json", "--source", "ssb", "--table", "13631");
        var nordic = await CommandRunner.RunAsync(database, folder.FullName, "import", "commuting", "COMM01.px", "--source", "nordic");
        var refused = await CommandRunner.RunAsync(database, folder.FullName, "import", "commuting", "bad.json", "--source", "ssb");
        var unknownSource = await CommandRunner.RunAsync(database, folder.FullName, "import", "commuting", "13631.json", "--source", "eurostat");
        folder.Delete(recursive: true);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("13631.json: ssb-13631: 24 added, 0 changed, 0 unchanged", first.Output, StringComparison.Ordinal);
        Assert.Contains("13631.json: ssb-13631: 0 added, 0 changed, 24 unchanged", again.Output, StringComparison.Ordinal);
        Assert.Contains("COMM01.px: nordic-comm01: 24 added, 0 changed, 0 unchanged", nordic.Output, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(
            "bad.json: row 4 (Bosted=1730, ArbstedKomm=3480, Kjonn=0, ContentsCode=Lonnstakere, Tid=2016): destination '3480' (NO-3480) is not a region of the registry; nothing was imported",
            refused.Error.Trim());
        Assert.Equal(1, unknownSource.ExitCode);
        Assert.Equal("--source: 'eurostat' is not one of ssb, nordic, scb", unknownSource.Error.Trim());
        await using var db = database.CreateContext();
        Assert.Equal(48, await db.CommutingFlows.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(12, await db.CommutingFlows.CountAsync(f => f.BreakInSeries, TestContext.Current.CancellationToken));
    }
}
