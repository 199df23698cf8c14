using System.Diagnostics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary>Runs the `riktning` executable as a separate process against a test database, from a chosen working directory.</summary>
internal static class CommandRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, string workingDirectory, params string[] arguments)
    {
        using var process = Start(database, workingDirectory, [], arguments);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the executable with extra settings (configuration keys) and leaves it running, for tests that kill it.</summary>
    public static Process Start(TestDatabase database, string workingDirectory, IEnumerable<KeyValuePair<string, string?>> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
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
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start)!;
    }
}
