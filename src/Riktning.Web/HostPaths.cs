namespace Riktning.Web;

/// <summary>
/// Where the executable finds its own files when the working directory is the caller's. `dotnet run --project
/// src/Riktning.Web` starts the program in the directory the command was typed in (the project sets
/// <c>RunWorkingDirectory</c> to <c>$(MSBuildStartupDirectory)</c>), so that relative file arguments and the default
/// database (<c>data/riktning.db</c>) are the caller's, as the README says. Settings and static files then come from the
/// build output, which holds <c>appsettings.json</c> and the static web assets manifest.
/// </summary>
internal static class HostPaths
{
    /// <summary>
    /// The build output when the working directory is not the application's own (no <c>appsettings.json</c> there);
    /// null to keep the host's default, as under the test host and a published deployment started in its folder.
    /// </summary>
    public static string? ContentRoot() =>
        !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            ? AppContext.BaseDirectory
            : null;
}
