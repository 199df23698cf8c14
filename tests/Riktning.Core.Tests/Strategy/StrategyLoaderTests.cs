using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Strategy;

public sealed class StrategyLoaderTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task LoadFile_BundledDefinitions_StoredAndReadBack(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));
            var loader = Loader(db);
            await loader.LoadFileAsync(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml"));
            await loader.LoadFileAsync(RepositoryPaths.Strategies("norge-samarbete.yaml"));
        }

        await using var readDb = database.CreateContext();
        var catalog = new StrategyCatalog(readDb, new MemoryCache(new MemoryCacheOptions()));
        var loaded = await catalog.GetAsync("varmlandsstrategin-2040");

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.RevisionNumber);
        Assert.True(loaded.IsCurrent);
        var original = DefinitionReader.ReadFile(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml")).Definition;
        Assert.Equal(DefinitionJson.Serialize(original), DefinitionJson.Serialize(loaded.Definition));
        Assert.Equal(39, loaded.Definition.Indicators.Count());
        Assert.Equal(2, (await catalog.ListAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task LoadFile_SameFileTwice_StoresOneRevision(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SyncRegionsAsync(db);
        var file = WriteTemp(DefinitionReaderTests.Minimal);

        var first = await Loader(db).LoadFileAsync(file);
        var second = await Loader(db).LoadFileAsync(file);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(1, await db.StrategyRevisions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task LoadFile_RevisedFile_KeepsEarlierRevisionReadable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SyncRegionsAsync(db);
        await Loader(db).LoadFileAsync(WriteTemp(DefinitionReaderTests.Minimal));
        var revised = DefinitionReaderTests.Minimal
            .Replace("label: \"1\"", "label: \"2\"", StringComparison.Ordinal)
            .Replace("name: Mål\n", "name: Reviderat mål\n", StringComparison.Ordinal);

        var result = await Loader(db).LoadFileAsync(WriteTemp(revised));

        Assert.Equal(2, result.RevisionNumber);
        var catalog = new StrategyCatalog(db, new MemoryCache(new MemoryCacheOptions()));
        var current = await catalog.GetAsync("test-strategy");
        var earlier = await catalog.GetAsync("test-strategy", 1);
        Assert.Equal("Reviderat mål", current!.Definition.Goals.Single().Name.Sv);
        Assert.Equal("Mål", earlier!.Definition.Goals.Single().Name.Sv);
        Assert.False(earlier.IsCurrent);
        Assert.Equal("1", earlier.Definition.Revision.Label);
    }

    public static TheoryData<DatabaseProvider, string, string, string> BadFiles()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "duplicate id", DefinitionReaderTests.Minimal.Replace("id: matt-2", "id: omrade", StringComparison.Ordinal), "duplicate id 'omrade'");
            data.Add(provider, "unknown perspective", DefinitionReaderTests.Minimal.Replace("[barn-och-unga]", "[okand]", StringComparison.Ordinal), "unknown perspective 'okand'");
            data.Add(provider, "missing field", DefinitionReaderTests.Minimal.Replace("    strategicDirection: Riktning\n", "", StringComparison.Ordinal), "strategicDirection: required field is missing");
            data.Add(provider, "unknown breakdown", DefinitionReaderTests.Minimal.Replace("birth-country]", "religion]", StringComparison.Ordinal), "unknown value 'religion'");
            data.Add(provider, "malformed YAML", DefinitionReaderTests.Minimal.Replace("owner: Testregionen", "owner: [Testregionen", StringComparison.Ordinal), "malformed YAML/JSON");
            data.Add(provider, "unknown strategy region", DefinitionReaderTests.Minimal.Replace("region: SE-17", "region: SE-99", StringComparison.Ordinal), "region: unknown region 'SE-99'");
            data.Add(provider, "malformed JSON", "{\"id\": \"x\", \"kind\": ", "malformed YAML/JSON");
            data.Add(provider, "unknown goal", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                relatesTo: test-strategy
                cooperationAreas:
                  - {id: a, name: A, goals: [mal, inget-mal]}
                """, "cooperationAreas[0].goals[1]: unknown goal 'inget-mal' in 'test-strategy'");
            data.Add(provider, "unknown region", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                partnerRegions: [NO-99]
                """, "partnerRegions[0]: unknown region 'NO-99'");
            data.Add(provider, "partner municipality of a past period", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                partnerMunicipalities: [NO-3401, NO-3026]
                """, "partnerMunicipalities[1]: 'NO-3026' (Aurskog-Høland, municipality, valid 2020-01-01–2023-12-31) is not a municipality valid on");
            data.Add(provider, "partner municipality that is a county", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                partnerMunicipalities:
                  - NO-34
                """, "partnerMunicipalities[0]: 'NO-34' (Innlandet, county, valid 2020-01-01–) is not a municipality valid on");
            data.Add(provider, "commuting table of a source refresh cannot fetch", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                commuting:
                  - {source: scb, table: "13631", selection: {Tid: ["*"]}}
                """, "commuting[0].source: 'scb' is not a source whose commuting tables refresh fetches (ssb: Statistikkbanken API v0, nordic: the Nordic Statistics database)");
            data.Add(provider, "commuting table without a selection", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                commuting:
                  - {source: ssb, table: "13631"}
                """, "commuting[0].selection: required field is missing");
            data.Add(provider, "commuting selection of top:0", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                commuting:
                  - {source: nordic, table: "Labour market/COMM01.px", selection: {time: ["top:0"]}}
                """, "commuting[0].selection.time: expected codes, '*' alone (all) or 'top:N' alone (the last N, N at least 1)");
            data.Add(provider, "commuting table declared twice", """
                id: samarbete
                kind: cooperation
                title: Samarbete
                owner: Region
                revision: {label: "1"}
                commuting:
                  - {source: ssb, table: "13631", selection: {Tid: ["*"]}}
                  - {source: ssb, table: "13631", selection: {Tid: ["top:1"]}}
                """, "commuting[1].table: the table ssb-13631 is declared twice");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task LoadFile_BadFile_NamesFileLineFieldAndStoresNothing(DatabaseProvider provider, string problem, string content, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SyncRegionsAsync(db);
        await Loader(db).LoadFileAsync(WriteTemp(DefinitionReaderTests.Minimal));
        var before = await db.StrategyRevisions.CountAsync();
        var file = WriteTemp(content);

        var exception = await Assert.ThrowsAsync<DefinitionException>(() => Loader(db).LoadFileAsync(file));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Contains(file + ":", exception.Message, StringComparison.Ordinal);
        Assert.All(exception.Errors, e => Assert.True(e.Line > 0, $"{problem}: no line in {e}"));
        Assert.Equal(before, await db.StrategyRevisions.CountAsync());
    }

    /// <summary>A strategy names its region, which must be in the registry.</summary>
    private static async Task SyncRegionsAsync(RiktningDb db) =>
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"));

    private static StrategyLoader Loader(RiktningDb db) => new(db, TimeProvider.System, UnreadStoreVersions.Create(), NullLogger<StrategyLoader>.Instance);

    private static string WriteTemp(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"riktning-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, content);
        return file;
    }
}
