using System.Text;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Importing.Kolada;
using Riktning.Importing.Tabular;
using Riktning.Regions;
using Riktning.Testing;

namespace Riktning.Core.Tests.Regions;

public sealed class MunicipalityClassificationImporterTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Fact]
    public void KoladaReader_SkrGroups_ReadsNineGroupsCoveringAll290MunicipalitiesWithoutTheAverageSuffix()
    {
        var groups = SkrMunicipalityGroups.Read();

        Assert.Equal(SkrMunicipalityGroups.GroupIds, groups.Select(g => g.Code));
        Assert.Equal(
            ["Storstäder", "Pendlingskommun nära storstad", "Större stad", "Pendlingskommun nära större stad", "Lågpendlingskommun nära större stad",
             "Mindre stad/tätort", "Pendlingskommun nära mindre tätort", "Landsbygdskommun, ej nära större stad", "Landsbygdskommun med besöksnäring"],
            groups.Select(g => g.Name));
        Assert.Equal(290, groups.SelectMany(g => g.Members).Select(m => m.MunicipalityCode).Distinct().Count());
        Assert.Equal(["0180", "1280", "1480"], groups[0].Members.Select(m => m.MunicipalityCode).Order(StringComparer.Ordinal));
        Assert.Contains(groups[2].Members, m => m.MunicipalityCode == "1780");
        Assert.Equal(["1737", "1766", "1782", "1783", "1784", "1785"], groups[7].Members.Select(m => m.MunicipalityCode).Where(c => c.StartsWith("17", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"count": 1, "values": [{"id": "G1", "title": "A (ovägt medel)", "members": [{"member_id": "1780"}]}]}""", new[] { "G1" }, null)]
    [InlineData("""[{"id": "G1", "title": "A", "members": []}]""", new[] { "G2" }, "groups.json: there is no group with id 'G2'")]
    [InlineData("""[{"id": "G1", "title": "A", "members": []}]""", new[] { "G1", "G1" }, "groups.json: group G1 is named twice")]
    [InlineData("""[{"id": "G1", "title": "A", "members": [{"member_title": "Karlstad"}]}]""", new[] { "G1" }, "groups.json: $[0].members[0]: no 'member_id'")]
    [InlineData("""[{"id": "G1", "title": "A"}]""", new[] { "G1" }, "groups.json: $[0]: group G1 has no 'members' array")]
    [InlineData("""{"values": {"id": "G1"}}""", new[] { "G1" }, "groups.json: a Kolada municipality_groups answer is an array of groups or an object with a 'values' array")]
    [InlineData("""[{"id": "G1",""", new[] { "G1" }, "groups.json: malformed JSON at line 1")]
    [InlineData("""[]""", new string[0], "groups.json: name the Kolada groups")]
    public void KoladaReader_ShapesAndMistakes_ReadsOrNamesTheFileAndPlace(string json, string[] ids, string? error)
    {
        IReadOnlyList<ClassificationGroupInput> Read() => KoladaMunicipalityGroupsReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "groups.json", ids);

        if (error is null)
        {
            var group = Assert.Single(Read());
            Assert.Equal(("G1", "A", "1780"), (group.Code, group.Name, group.Members.Single().MunicipalityCode));
        }
        else
        {
            Assert.StartsWith(error, Assert.Throws<ImportFormatException>(Read).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("municipality,group\n1780,Tät\n1737,Gles\n114,Tät\n", null)]
    [InlineData("municipality;group_code;group\n1780;T;Tät\n1737;G;Gles\n0114;T;Tät\n", null)]
    [InlineData("kommun,group\n1780,Tät\n", "groups.csv: line 1: no column 'municipality'")]
    [InlineData("municipality,group\n1780,Tät\n1737,\n", "groups.csv: line 3: column 'group' is empty")]
    [InlineData("municipality,group_code,group\n1780,T,Tät\n1737,T,Gles\n", "groups.csv: line 3: column 'group': group code 'T' is named 'Tät' on line 2 and 'Gles' here")]
    [InlineData("municipality,group\n", "groups.csv: the file has no rows")]
    public void TableReader_RowsAndMistakes_GroupsInOrderOfAppearanceOrNamesTheLine(string csv, string? error)
    {
        IReadOnlyList<ClassificationGroupInput> Read() => MunicipalityGroupTable.Read(TabularTable.FromCsv(new StringReader(csv), "groups.csv"), "groups.csv");

        if (error is null)
        {
            var groups = Read();
            Assert.Equal(["Tät", "Gles"], groups.Select(g => g.Name));
            // A spreadsheet's 114 is Upplands Väsby's 0114.
            Assert.Equal(["1780", "0114"], groups[0].Members.Select(m => m.MunicipalityCode));
            Assert.Equal("line 4", groups[0].Members[1].Where);
        }
        else
        {
            Assert.StartsWith(error, Assert.Throws<ImportFormatException>(Read).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_SkrGroups_StoresThemOnceAndAChangeReplacesThemUnderANewId(DatabaseProvider provider)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"), cancellationToken);
        var importer = new MunicipalityClassificationImporter(db, TimeProvider.System, UnreadStoreVersions.Create());
        var groups = SkrMunicipalityGroups.Read();

        var first = await importer.ImportAsync(SkrMunicipalityGroups.Key, SkrMunicipalityGroups.Name, "SE", "groups.json", groups, cancellationToken);
        var firstId = await db.MunicipalityClassifications.Select(c => c.Id).SingleAsync(cancellationToken);
        var again = await importer.ImportAsync(SkrMunicipalityGroups.Key, SkrMunicipalityGroups.Name, "SE", "groups.json", groups, cancellationToken);
        var unchangedId = await db.MunicipalityClassifications.Select(c => c.Id).SingleAsync(cancellationToken);

        Assert.Equal(new MunicipalityClassificationImportResult("skr-2017", 9, 290, Changed: true), first);
        Assert.False(again.Changed);
        Assert.Equal(firstId, unchangedId);
        Assert.Equal(290, await db.MunicipalityGroupMembers.CountAsync(cancellationToken));
        var karlstad = await db.MunicipalityGroupMembers.Where(m => m.RegionKey == "SE-1780")
            .Join(db.Set<MunicipalityGroup>(), m => m.GroupId, g => g.Id, (m, g) => new { g.Code, g.Name, g.Position })
            .SingleAsync(cancellationToken);
        Assert.Equal(("G92790", "Större stad", 2), (karlstad.Code, karlstad.Name, karlstad.Position));

        // Karlstad moves to the rural group: a new classification replaces the old one whole.
        List<ClassificationGroupInput> moved =
        [
            .. groups.Select(g => g with { Members = [.. g.Members.Where(m => m.MunicipalityCode != "1780")] }).Where(g => g.Members.Count > 0),
        ];
        moved[^1] = moved[^1] with { Members = [.. moved[^1].Members, new ClassificationMemberInput("1780", "test")] };
        var changed = await importer.ImportAsync(SkrMunicipalityGroups.Key, SkrMunicipalityGroups.Name, "SE", "groups.json", moved, cancellationToken);

        Assert.True(changed.Changed);
        var stored = await db.MunicipalityClassifications.Include(c => c.Groups).ThenInclude(g => g.Members).SingleAsync(cancellationToken);
        Assert.True(stored.Id > firstId);
        Assert.Equal(9, stored.Groups.Count);
        Assert.Contains(stored.Groups.Single(g => g.Code == "G92794").Members, m => m.RegionKey == "SE-1780");
        Assert.Equal(290, await db.MunicipalityGroupMembers.CountAsync(cancellationToken));
        Assert.All(await db.MunicipalityGroupMembers.ToListAsync(cancellationToken), m => Assert.Equal(stored.Id, m.ClassificationId));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_BadGroups_NamesThePlaceAndKeepsTheStoredClassification(DatabaseProvider provider)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new RegionRegistry(db).SyncAsync(Directory.GetFiles(RepositoryPaths.Regions, "*.csv"), cancellationToken);
        var importer = new MunicipalityClassificationImporter(db, TimeProvider.System, UnreadStoreVersions.Create());
        await importer.ImportAsync("types", "Typer", "SE", "types.csv", [new("T", "Tät", [new("1780", "line 2")])], cancellationToken);

        (string Key, ClassificationGroupInput[] Groups, string Message)[] cases =
        [
            ("types", [new("T", "Tät", [new("0017", "line 2")])], "types.csv: line 2: '0017' is not a municipality code of SE in the region registry"),
            ("types", [new("T", "Tät", [new("1780", "line 2")]), new("G", "Gles", [new("1780", "line 3")])], "types.csv: line 3: municipality 1780 is in group 'Tät' already"),
            ("types", [new("T", "Tät", [])], "types.csv: group 'Tät' has no municipalities"),
            ("types", [new("T", "Tät", [new("1780", "line 2")]), new("T", "Gles", [new("1737", "line 3")])], "types.csv: group code 'T' is used by two groups"),
            ("Typer 2025", [new("T", "Tät", [new("1780", "line 2")])], "--key: 'Typer 2025' is not a classification key"),
        ];
        foreach (var (key, groups, message) in cases)
        {
            var exception = await Assert.ThrowsAsync<ImportFormatException>(() => importer.ImportAsync(key, "Typer", "SE", "types.csv", groups, cancellationToken));
            Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        }

        var stored = await db.MunicipalityGroupMembers.Select(m => m.RegionKey).ToListAsync(cancellationToken);
        Assert.Equal(["SE-1780"], stored);
        Assert.Equal(1, await db.MunicipalityClassifications.CountAsync(cancellationToken));
    }
}
