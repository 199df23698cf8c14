using Riktning.CrossBorder;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Core.Tests.CrossBorder;

public sealed class ProjectSearchTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Search_EachFilter_FindsTheMatchingProjects(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(ProjectImportTests.GoodCsv), "projects.csv"));
        var registry = CrossBorderStore.Registry(db);

        async Task<string[]> Keys(ProjectQuery query) => [.. (await registry.SearchAsync(query)).Items.Select(p => p.Key)];

        Assert.Equal(["gransbygd", "pendlarbuss"], await Keys(new ProjectQuery()));
        Assert.Equal(["gransbygd"], await Keys(new ProjectQuery { Text = "GRANSBYGD kultur" }));
        Assert.Equal(["gransbygd"], await Keys(new ProjectQuery { Text = "eidskog" }));
        Assert.Equal(["pendlarbuss"], await Keys(new ProjectQuery { Text = "arvika" }));
        Assert.Equal(["gransbygd"], await Keys(new ProjectQuery { CooperationArea = "kulturellt-utbyte" }));
        Assert.Equal(["pendlarbuss"], await Keys(new ProjectQuery { BusinessArea = "kollektivtrafik" }));
        Assert.Equal(["pendlarbuss"], await Keys(new ProjectQuery { Recommendation = "fri-rorlighet-och-gransoverskridande-arbetsmarknader" }));
        // Eda (SE-1730) lies in Värmland: a county filter finds its municipalities' projects too.
        Assert.Equal(["gransbygd", "pendlarbuss"], await Keys(new ProjectQuery { Region = "SE-17" }));
        Assert.Equal(["gransbygd"], await Keys(new ProjectQuery { Region = "NO-34" }));
        Assert.Equal(["pendlarbuss"], await Keys(new ProjectQuery { Status = ProjectStatus.Completed }));
        Assert.Equal(["pendlarbuss"], await Keys(new ProjectQuery { Year = 2023 }));
        Assert.Equal(["gransbygd", "pendlarbuss"], await Keys(new ProjectQuery { Year = 2025 }));
        Assert.Empty(await Keys(new ProjectQuery { Year = 2021 }));
        Assert.Empty(await Keys(new ProjectQuery { Text = "gransbygd", Status = ProjectStatus.Planned }));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Search_Paging_CountsAllAndReturnsOnePage(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        var registry = CrossBorderStore.Registry(db);
        await CrossBorderStore.Importer(db).ImportAsync(SampleProjects.Create(await registry.ReferencesAsync()));

        var page = await registry.SearchAsync(new ProjectQuery { PageSize = 5, Page = 3 });

        Assert.Equal(12, page.Total);
        Assert.Equal(3, page.Pages);
        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, p => Assert.StartsWith("Exempeldata", p.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Overview_CountsByAreaAndCountyWithMunicipalitiesRolledUp(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        await CrossBorderStore.Importer(db).ImportAsync(ProjectFile.FromCsv(new StringReader(ProjectImportTests.GoodCsv), "projects.csv"));

        var overview = await CrossBorderStore.Registry(db).OverviewAsync();

        Assert.Equal(2, overview.Total);
        Assert.Equal(2, overview.Count("SE-17"));
        Assert.Equal(1, overview.Count("NO-34"));
        Assert.Equal(1, overview.Count("NO-31"));
        Assert.Equal(1, overview.Count("kulturellt-utbyte", "SE-17"));
        Assert.Equal(0, overview.Count("kulturellt-utbyte", "NO-31"));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Empty_Registry_SearchAndOverviewAreEmpty(DatabaseProvider provider)
    {
        await using var store = await CrossBorderStore.CreateAsync(provider);
        await using var db = store.Database.CreateContext();
        var registry = CrossBorderStore.Registry(db);

        Assert.Equal(0, (await registry.SearchAsync(new ProjectQuery { Region = "SE-17", Text = "x" })).Total);
        Assert.Equal(0, (await registry.OverviewAsync()).Total);
        Assert.Empty(await registry.KnowledgeAsync("rapport", "kulturellt-utbyte", KnowledgeKind.Report));
    }
}
