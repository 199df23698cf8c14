using Microsoft.EntityFrameworkCore;
using Riktning.CrossBorder;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Testing;

namespace Riktning.Core.Tests.CrossBorder;

public sealed class ProjectImportTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    internal const string GoodCsv =
        "key,name,summary,programme,owner,partners,partners-se,partners-no,regions,start,end,budget,currency,status,cooperation-areas,business-areas,recommendations,goals,website\n"
        + "gransbygd,Gränsbygd,\"Kultur, och folkbildning\",interreg-sweden-norway,region-varmland,innlandet-fylkeskommune;eda-kommun,,Eidskog kulturhus,SE-1730;NO-34,2024-01-01,2026-12-31,1200000,SEK,ongoing,kulturellt-utbyte,folkhalsa-kultur-och-folkbildning,formella-samarbetsforum,attraktiva-livsmiljoer,https://example.org/gransbygd\n"
        + "pendlarbuss,Pendlarbussen,,other,arvika-kommun,,,,SE-17;NO-31,2022-05-01,,,,completed,,kollektivtrafik,fri-rorlighet-och-gransoverskridande-arbetsmarknader,,\n";

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_GoodFileTwice_AddsThenChangesNothing(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();

        var first = await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(GoodCsv), "projects.csv"));
        var second = await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(GoodCsv), "projects.csv"));

        Assert.Equal((2, 0, 0), (first.Added, first.Changed, first.Unchanged));
        Assert.True(first.Succeeded);
        Assert.Equal((0, 0, 2), (second.Added, second.Changed, second.Unchanged));
        var stored = await db.CrossBorderProjects.AsNoTracking().Include(p => p.Organisation).SingleAsync(p => p.Key == "gransbygd");
        Assert.Equal("Region Värmland", stored.Organisation!.Name);
        Assert.Equal(["innlandet-fylkeskommune", "eda-kommun"], stored.PartnerKeys);
        Assert.Equal(["Eidskog kulturhus"], stored.NorwegianPartnerNames);
        Assert.Equal("Kultur, och folkbildning", stored.Summary);
        Assert.Equal(new DateOnly(2026, 12, 31), stored.End);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_ChangedRow_UpdatesOnlyThatProject(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(GoodCsv), "projects.csv"));

        var changed = GoodCsv.Replace("Pendlarbussen,,other", "Pendlarbussen Arvika–Oslo,,other", StringComparison.Ordinal);
        var result = await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(changed), "projects.csv"));

        Assert.Equal((0, 1, 1), (result.Added, result.Changed, result.Unchanged));
        Assert.Equal("Pendlarbussen Arvika–Oslo", (await db.CrossBorderProjects.AsNoTracking().SingleAsync(p => p.Key == "pendlarbuss")).Name);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_BadRows_NamesLineAndColumnAndStoresNothing(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        var bad = GoodCsv
            + "tredje,Tredje,,interreg-sweden-norway,region-varmland,,,,SE-17,2024-01-01,,,,ongoing,,,,,\n"
            + "gransbygd,Dubblett,,interreg-sweden-norway,region-varmland,,,,SE-17;NO-34,2024-01-01,,,,ongoing,fiske,,,,\n";

        var result = await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(bad), "projects.csv"));

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "line 4, column 'regions': at least one Norwegian region (NO-…)",
                "line 5, column 'cooperation-areas': 'fiske' is not a priority cooperation area of the framework",
                "line 5, column 'key': 'gransbygd' appears on line 2 too",
            ],
            result.Problems.Select(CrossBorderProblems.Describe));
        Assert.Equal(0, await db.CrossBorderProjects.CountAsync());
    }

    [Fact]
    public void FromCsv_UnknownColumnOrShortRow_RejectsFileWithLine()
    {
        var unknown = Assert.Throws<ImportFormatException>(() => ProjectFile.FromCsv(new StringReader("key,name,colour\n"), "p.csv"));
        var shortRow = Assert.Throws<ImportFormatException>(() => ProjectFile.FromCsv(new StringReader(GoodCsv + "x,y\n"), "p.csv"));

        Assert.StartsWith("p.csv: line 1: unknown column 'colour'", unknown.Message, StringComparison.Ordinal);
        Assert.StartsWith("p.csv: line 4: 2 fields but the header has 19", shortRow.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_RowRefusedByPermissionCheck_StoresNothing(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        var arvika = await db.Organisations.Where(o => o.Key == "arvika-kommun").Select(o => o.Id).SingleAsync();

        var result = await CrossBorderStore.Importer(db).ImportAsync(
            ProjectFile.FromCsv(new StringReader(GoodCsv), "projects.csv"), project => Task.FromResult(project.OrganisationId == arvika));

        Assert.Equal("line 2, column 'owner': 'region-varmland' is not your organisation", CrossBorderProblems.Describe(Assert.Single(result.Problems)));
        Assert.Equal(0, await db.CrossBorderProjects.CountAsync());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Export_CsvAndExcel_ImportBackUnchanged(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(GoodCsv), "projects.csv"));
        var exported = (await CrossBorderStore.Registry(db).ListAsync(new ProjectQuery())).Select(p => ProjectInput.From(p, p.Organisation!.Key)).ToList();

        var csv = new StringWriter();
        ProjectFile.WriteCsv(csv, exported);
        using var xlsx = new MemoryStream();
        ProjectFile.WriteExcel(xlsx, exported);
        xlsx.Position = 0;
        var fromCsv = await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(csv.ToString()), "export.csv"));
        var fromExcel = await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromExcel(xlsx, "export.xlsx"));

        Assert.Equal((0, 0, 2), (fromCsv.Added, fromCsv.Changed, fromCsv.Unchanged));
        Assert.Equal((0, 0, 2), (fromExcel.Added, fromExcel.Changed, fromExcel.Unchanged));
        Assert.Equal(
            // The export adds the keys-for-change, smart-specialisations and missions columns, empty here.
            GoodCsv.Split('\n')[1] + ",,,",
            csv.ToString().Split("\r\n").Single(l => l.StartsWith("gransbygd,", StringComparison.Ordinal)));
    }
}
