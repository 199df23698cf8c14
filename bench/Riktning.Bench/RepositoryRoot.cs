namespace Riktning.Bench;

/// <summary>Finds the repository from wherever the bench runs, by walking up to Riktning.slnx.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Riktning.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Riktning.slnx not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
