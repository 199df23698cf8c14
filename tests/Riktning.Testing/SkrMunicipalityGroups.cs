using Riktning.Importing.Kolada;
using Riktning.Regions;

namespace Riktning.Testing;

/// <summary>
/// SKR's municipality groups of 2017 as Kolada publishes them (groups G92786–G92794 of /municipality_groups, saved in
/// ../shared/data/kolada), read in the order SKR lists them: the big cities first, rural municipalities last.
/// </summary>
public static class SkrMunicipalityGroups
{
    public const string Key = "skr-2017";

    public const string Name = "SKR:s kommungruppsindelning 2017";

    public static readonly string[] GroupIds = ["G92787", "G92793", "G92790", "G92792", "G92786", "G92788", "G92789", "G92791", "G92794"];

    public static string File => RepositoryPaths.SharedData("kolada", "kolada_v2_municipality_groups_values.json");

    public static IReadOnlyList<ClassificationGroupInput> Read()
    {
        using var stream = System.IO.File.OpenRead(File);
        return KoladaMunicipalityGroupsReader.Read(stream, Path.GetFileName(File), GroupIds);
    }
}
