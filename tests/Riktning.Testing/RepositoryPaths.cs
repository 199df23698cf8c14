namespace Riktning.Testing;

/// <summary>Finds the repository and the shared sample data from wherever the test assembly runs.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Riktning.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Riktning.slnx not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    /// <summary>The real responses and files in <c>../shared/data</c>, read in place.</summary>
    public static string SharedData(params string[] parts) => Path.Combine([Root, "..", "shared", "data", .. parts]);

    public static string Strategies(string file) => Path.Combine(Root, "strategies", file);

    public static string Regions => Path.Combine(Root, "regions");

    public static string Organisations => Path.Combine(Root, "organisations");
}
