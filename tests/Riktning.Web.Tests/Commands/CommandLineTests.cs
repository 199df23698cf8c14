using System.Diagnostics;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary>The `riktning` executable itself, run as a separate process against a test database.</summary>
public sealed class CommandLineTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task StrategyLoad_BadFile_ExitsWithLocatedErrorAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        var original = await File.ReadAllTextAsync(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(bad, original.Replace("breakdowns: [sex, place, birth-country]", "breakdowns: [sex, income]", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var load = await RunAsync(database, "strategy", "load", bad);
        var list = await RunAsync(database, "strategy", "list");

        Assert.Equal(1, load.ExitCode);
        Assert.Matches($"{Path.GetFileName(bad)}:\\d+:\\d+: focusAreas\\[1\\]\\.goals\\[0\\]\\.indicators\\[0\\]\\.breakdowns\\[1\\]: unknown value 'income'", load.Error);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("varmlandsstrategin-2040\tStrategy\t1\t2025\t", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("varmlandsstrategin-2040\tStrategy\t2\t", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task StrategyLoad_RevisedFile_StoresRevisionTwo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var revised = Path.Combine(Path.GetTempPath(), $"revised-{Guid.NewGuid():N}.yaml");
        var original = await File.ReadAllTextAsync(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(revised, original.Replace("label: \"2025\"", "label: \"2029\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var first = await RunAsync(database, "strategy", "load", revised);
        var again = await RunAsync(database, "strategy", "load", revised);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Stored varmlandsstrategin-2040 (Värmlandsstrategin 2040) as revision 2.", first.Output, StringComparison.Ordinal);
        Assert.Contains("Unchanged: varmlandsstrategin-2040 is already stored as revision 2.", again.Output, StringComparison.Ordinal);
        var list = await RunAsync(database, "strategy", "list");
        Assert.Contains("varmlandsstrategin-2040\tStrategy\t2\t2029\t", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("varmlandsstrategin-2040\tStrategy\t3\t", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportBoundaries_RealFileThenBadFile_StoresOnceAndRejectsWithLocatedError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var good = RepositoryPaths.SharedData("geo", "se_kommuner_290.geojson");
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Kil\"},\"geometry\":null}]}", TestContext.Current.CancellationToken);

        var first = await RunAsync(database, "import", "boundaries", good, "--country", "SE", "--code-property", "id");
        var again = await RunAsync(database, "import", "boundaries", good, "--country", "SE", "--code-property", "id");
        var rejected = await RunAsync(database, "import", "boundaries", bad, "--country", "SE", "--code-property", "id");
        File.Delete(bad);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("se_kommuner_290.geojson: 290 added, 0 changed, 0 unchanged", first.Output, StringComparison.Ordinal);
        Assert.Contains("se_kommuner_290.geojson: 0 added, 0 changed, 290 unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains($"{Path.GetFileName(bad)}: feature 0: property 'id' is missing", rejected.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportMunicipalityGroups_KoladaFileThenTable_StoresOnceAndRejectsWithLocatedError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] groups = [.. SkrMunicipalityGroups.GroupIds.SelectMany(id => new[] { "--group", id })];
        var table = Path.Combine(Path.GetTempPath(), $"groups-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(table, "municipality,group\n1780,Tät\n1780,Gles\n", TestContext.Current.CancellationToken);

        var first = await RunAsync(database, ["import", "municipality-groups", SkrMunicipalityGroups.File, "--key", "skr-2017", "--name", SkrMunicipalityGroups.Name, .. groups]);
        var again = await RunAsync(database, ["import", "municipality-groups", SkrMunicipalityGroups.File, "--key", "skr-2017", "--name", SkrMunicipalityGroups.Name, .. groups]);
        var rejected = await RunAsync(database, "import", "municipality-groups", table, "--key", "types", "--name", "Typer");
        File.Delete(table);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("skr-2017: 9 groups, 290 municipalities, stored", first.Output, StringComparison.Ordinal);
        Assert.Contains("skr-2017: 9 groups, 290 municipalities, unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains($"{Path.GetFileName(table)}: line 3: municipality 1780 is in group 'Tät' already", rejected.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ImportInterventions_BadThenGoodFile_RejectsWithLineAndColumnThenImportsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bad = Path.Combine(Path.GetTempPath(), $"interventions-bad-{Guid.NewGuid():N}.csv");
        var good = Path.Combine(Path.GetTempPath(), $"interventions-{Guid.NewGuid():N}.csv");
        const string header = "key,name,organisation,start-date,end-date,status,budget,financing-state,goals\n";
        await File.WriteAllTextAsync(bad, header + "cli-one,One,arvika-kommun,2026-01-01,2026-12-31,planned,100,200,god-och-jamlik-halsa\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(good, header + "cli-one,One,arvika-kommun,2026-01-01,2026-12-31,planned,100,100,god-och-jamlik-halsa\n", TestContext.Current.CancellationToken);

        var rejected = await RunAsync(database, "import", "interventions", bad);
        var first = await RunAsync(database, "import", "interventions", good);
        var again = await RunAsync(database, "import", "interventions", good);

        Assert.Equal(1, rejected.ExitCode);
        Assert.Contains($"{Path.GetFileName(bad)}: line 2, column 'budget': The financing adds up to SEK 200, more than the budget of SEK 100.", rejected.Error, StringComparison.Ordinal);
        Assert.Equal((0, "1 added, 0 changed, 0 unchanged"), (first.ExitCode, first.Output.Trim()));
        Assert.Equal((0, "0 added, 0 changed, 1 unchanged"), (again.ExitCode, again.Output.Trim()));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task UsersAdd_EditorWithPasswordFromStdin_IsListedWithOrganisation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var added = await RunWithInputAsync(database, "Test-Password-1\n", "users", "add", "--email", "anna@example.org", "--role", "editor", "--organisation", "arvika-kommun", "--password-stdin");
        var missing = await RunAsync(database, "users", "add", "--email", "bo@example.org", "--role", "editor");
        var list = await RunAsync(database, "users", "list");

        Assert.Equal((0, "created anna@example.org (editor)"), (added.ExitCode, added.Output.Trim()));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("organisation: an editor needs an organisation", missing.Error, StringComparison.Ordinal);
        // Spectre wraps cells to the (redirected, narrow) console width, so only the start of each cell is certain.
        Assert.Contains("anna@", list.Output, StringComparison.Ordinal);
        Assert.Contains("arvika", list.Output, StringComparison.Ordinal);
        Assert.Contains("1 accounts", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task UnknownVerb_IsAUsageErrorAndStartsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await RunAsync(database, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("riktning: unknown command 'frobnicate' (riktning --help lists the commands)", result.Error.Trim());
        Assert.Equal("", result.Output);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task AnyVerb_BadOrganisationList_ExitsWithOneLocatedLineAndNoStackTrace(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var lists = Directory.CreateTempSubdirectory("organisations-").FullName;
        await File.WriteAllTextAsync(Path.Combine(lists, "bad.csv"), "key,name,country,kind,region\nNot A Key,X,SE,municipality,SE-17\n", TestContext.Current.CancellationToken);

        var result = await RunWithInputAsync(database, null, new Dictionary<string, string> { ["Riktning__OrganisationListsPath"] = lists }, "strategy", "list");

        Assert.Equal(1, result.ExitCode);
        var error = result.Error.Trim();
        Assert.DoesNotContain('\n', error);
        Assert.EndsWith("bad.csv:2: key: 'Not A Key' must be lower-case letters, digits and '-'", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task DbBackupThenRestore_TakesTheStoreBackExactly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var backup = Path.Combine(Path.GetTempPath(), $"backup-{Guid.NewGuid():N}.bak");
        var revised = Path.Combine(Path.GetTempPath(), $"revised-{Guid.NewGuid():N}.yaml");
        var original = await File.ReadAllTextAsync(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(revised, original.Replace("label: \"2025\"", "label: \"2029\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        try
        {
            var before = await RunAsync(database, "strategy", "list");
            var saved = await RunAsync(database, "db", "backup", backup);
            var again = await RunAsync(database, "db", "backup", backup);
            await RunAsync(database, "strategy", "load", revised);
            var changed = await RunAsync(database, "strategy", "list");
            var restored = await RunAsync(database, "db", "restore", backup);
            var after = await RunAsync(database, "strategy", "list");
            var notABackup = await RunAsync(database, "db", "restore", revised);

            Assert.Equal(0, saved.ExitCode);
            Assert.Contains($"Backed up to {backup}", saved.Output, StringComparison.Ordinal);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("a backup never overwrites one", again.Error, StringComparison.Ordinal);
            Assert.Single(again.Error.Trim().Split('\n'));
            Assert.Contains("varmlandsstrategin-2040\tStrategy\t2\t2029\t", changed.Output, StringComparison.Ordinal);
            Assert.Equal(0, restored.ExitCode);
            Assert.Equal(before.Output, after.Output);
            Assert.Equal(1, notABackup.ExitCode);
            Assert.Single(notABackup.Error.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(backup);
            File.Delete(revised);
        }
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] arguments) => RunWithInputAsync(database, null, arguments);

    private static Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(TestDatabase database, string? input, params string[] arguments) =>
        RunWithInputAsync(database, input, new Dictionary<string, string>(), arguments);

    private static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(TestDatabase database, string? input, Dictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
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
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
