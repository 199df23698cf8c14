using System.Diagnostics;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary><c>riktning import projects</c> and <c>riktning sample cross-border</c>, run as separate processes.</summary>
public sealed class CrossBorderCommandTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportProjects_GoodThenBadFile_ReportsCountsThenLocatedErrors(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var good = Path.Combine(Path.GetTempPath(), $"projects-{Guid.NewGuid():N}.csv");
        var bad = Path.Combine(Path.GetTempPath(), $"projects-bad-{Guid.NewGuid():N}.csv");
        const string Header = "key,name,programme,owner,regions,start,status\n";
        await File.WriteAllTextAsync(good, Header + "gransbygd,Gränsbygd,other,region-varmland,SE-17;NO-34,2024-01-01,ongoing\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(bad, Header + "ny,Ny,other,region-varmland,SE-17;NO-34,2024-01-01,ongoing\nandra,Andra,other,ingen,SE-17;NO-34,2024-01-01,ongoing\n", TestContext.Current.CancellationToken);

        var first = await RunAsync(database, "import", "projects", good);
        var again = await RunAsync(database, "import", "projects", good);
        var rejected = await RunAsync(database, "import", "projects", bad);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added, 0 changed, 0 unchanged.", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 changed, 1 unchanged.", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains($"{Path.GetFileName(bad)}: line 3, column 'owner': 'ingen' is not an organisation in the registry", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("nothing stored (1 errors)", rejected.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SampleCrossBorder_Twice_AddsLabelledProjectsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await RunAsync(database, "sample", "cross-border");
        var second = await RunAsync(database, "sample", "cross-border");

        Assert.Contains("sample: 12 added, 0 changed, 0 unchanged.", first.Output, StringComparison.Ordinal);
        Assert.Contains("sample: 0 added, 0 changed, 12 unchanged.", second.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.All(db.CrossBorderProjects, p => Assert.StartsWith("Exempeldata:", p.Name, StringComparison.Ordinal));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "riktning.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in database.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Riktning__DefinitionsPath"] = Path.Combine(RepositoryPaths.Root, "strategies");
        start.Environment["Riktning__RegionListsPath"] = RepositoryPaths.Regions;
        start.Environment["Riktning__OrganisationListsPath"] = RepositoryPaths.Organisations;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
