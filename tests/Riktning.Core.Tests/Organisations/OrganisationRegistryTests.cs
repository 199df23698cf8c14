using Riktning.Data;
using Riktning.Organisations;
using Riktning.Testing;

namespace Riktning.Core.Tests.Organisations;

public sealed class OrganisationRegistryTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Sync_BundledList_HoldsTheRegionalLeadershipAndNorwegianPartners(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new OrganisationRegistry(db);

        var first = await registry.SyncAsync(Directory.GetFiles(RepositoryPaths.Organisations, "*.csv"));
        var second = await registry.SyncAsync(Directory.GetFiles(RepositoryPaths.Organisations, "*.csv"));
        var all = await registry.ListAsync();

        Assert.Equal(27, first.Added);
        Assert.Equal(ImportResult.Counted(0, 0, 27), second);
        Assert.Equal(16, all.Count(o => o.Kind == OrganisationKind.Municipality && o.RegionKey!.StartsWith("SE-17", StringComparison.Ordinal)));
        Assert.Equal("Region Värmland", (await registry.FindAsync("region-varmland"))?.Name);
        Assert.Equal("NO-34", (await registry.FindAsync("innlandet-fylkeskommune"))?.RegionKey);
        Assert.Equal(OrganisationKind.CountyBoard, (await registry.FindAsync("lansstyrelsen-varmland"))?.Kind);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Sync_RenamedOrganisation_UpdatesItInPlace(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var folder = Directory.CreateTempSubdirectory("riktning-organisations-");
        try
        {
            var file = Path.Combine(folder.FullName, "list.csv");
            await File.WriteAllTextAsync(file, "key,name,country,kind,region\nelkraft-varmland,Elkraft Värmland,SE,cluster,SE-17\n");
            var registry = new OrganisationRegistry(db);
            await registry.SyncAsync([file]);
            var id = (await registry.FindAsync("elkraft-varmland"))!.Id;

            await File.WriteAllTextAsync(file, "key,name,country,kind,region\nelkraft-varmland,Elkraft Värmland ekonomisk förening,SE,cluster,SE-17\n");
            var result = await registry.SyncAsync([file]);

            Assert.Equal(ImportResult.Counted(0, 1, 0), result);
            var renamed = await registry.FindAsync("elkraft-varmland");
            Assert.Equal(id, renamed!.Id);
            Assert.Equal("Elkraft Värmland ekonomisk förening", renamed.Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("key,name,country,kind,region\nRegion Värmland,Region Värmland,SE,region,SE-17\n", "list.csv:2: key: 'Region Värmland' must be lower-case letters, digits and '-'")]
    [InlineData("key,name,country,kind,region\nx,X,DK,region,\n", "list.csv:2: country: 'DK' is not SE or NO")]
    [InlineData("key,name,country,kind,region\nx,X,SE,company,\n", "list.csv:2: kind: 'company' is not one of region, municipality, county-board, university, civil-society, cluster, business-organisation, other")]
    [InlineData("key,name,country,kind,region\nx,X,SE,other,Värmland\n", "list.csv:2: region: 'Värmland' is not a region key such as SE-1780 or NO-34")]
    [InlineData("key,name,country,kind,region\nx,,SE,other,\n", "list.csv:2: name: required")]
    [InlineData("key,name,country,kind,region\nx,X,SE,other,\nx,Y,SE,other,\n", "list.csv: key: 'x' is listed twice")]
    [InlineData("key,name,country,type\n", "list.csv:1: expected the header 'key,name,country,kind,region'")]
    public void Read_BadRow_NamesFileLineAndField(string text, string expected)
    {
        var error = Assert.Throws<OrganisationListException>(() => OrganisationCsvReader.Read(new StringReader(text), "list.csv"));

        Assert.Equal(expected, error.Message);
    }
}
