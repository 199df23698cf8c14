using System.Diagnostics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Commands;

/// <summary>Runs the `riktning` executable as a separate process against a test database, from a chosen working directory.</summary>
internal static class CommandRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, string workingDirectory, params string[] arguments)
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
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
