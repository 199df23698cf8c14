using Riktning.Data;
using Riktning.Regions;
using Riktning.Testing;

namespace Riktning.Core.Tests.Regions;

public sealed class RegionRegistryTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Find_NorwegianReforms_PlacesVikenIn2022AndAkershusIn2024(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new RegionRegistry(db);
        await registry.SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));

        var viken2022 = await registry.FindAsync("NO-30", new DateOnly(2022, 6, 30));
        var viken2024 = await registry.FindAsync("NO-30", new DateOnly(2024, 6, 30));
        var akershus2024 = await registry.FindAsync("NO-32", new DateOnly(2024, 6, 30));
        var akershus2019 = await registry.FindAsync("NO-02", new DateOnly(2019, 6, 30));

        Assert.Equal("Viken", viken2022?.Name);
        Assert.Null(viken2024);
        Assert.Equal("Akershus", akershus2024?.Name);
        Assert.Equal("Akershus", akershus2019?.Name);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task List_Varmland_Has16Municipalities(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new RegionRegistry(db);
        await registry.SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));

        var swedish = await registry.ListAsync("SE");
        var varmland = swedish.Where(r => r.ParentCode == "17").ToList();

        Assert.Equal(21, swedish.Count(r => r.Level == RegionLevel.County));
        Assert.Equal(290, swedish.Count(r => r.Level == RegionLevel.Municipality));
        Assert.Equal(16, varmland.Count);
        Assert.Equal("Karlstad", varmland.Single(r => r.Code == "1780").Name);
        Assert.Equal("SE-1780", varmland.Single(r => r.Code == "1780").Key);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Sync_Twice_SecondChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var files = Directory.GetFiles(RepositoryPaths.Regions, "*.csv");

        var first = await new RegionRegistry(db).SyncAsync(files);
        var second = await new RegionRegistry(db).SyncAsync(files);

        Assert.True(first.Added > 600);
        Assert.Equal(ImportResult.Counted(0, 0, first.Added), second);
    }

    [Fact]
    public void Read_BadLevel_NamesFileAndLine()
    {
        const string csv = "country,code,level,name,parent,valid_from,valid_to\nSE,17,county,Värmlands län,,,\nSE,1780,kommun,Karlstad,17,,\n";

        var exception = Assert.Throws<RegionListException>(() => RegionCsvReader.Read(new StringReader(csv), "se.csv"));

        Assert.Equal("se.csv:3: level: 'kommun' is not country, county or municipality", exception.Message);
    }
}
