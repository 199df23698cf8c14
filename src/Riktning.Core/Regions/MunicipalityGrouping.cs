namespace Riktning.Regions;

/// <summary>A classification as the analysis reads it: its groups in order and each municipality's group by region key.</summary>
public sealed record MunicipalityGrouping(string Key, string Name, string Source, IReadOnlyList<(string Code, string Name)> Groups, IReadOnlyDictionary<string, string> GroupOf)
{
    public static MunicipalityGrouping From(MunicipalityClassification classification)
    {
        var groups = classification.Groups.OrderBy(g => g.Position).ToList();
        return new MunicipalityGrouping(
            classification.Key,
            classification.Name,
            classification.Source,
            [.. groups.Select(g => (g.Code, g.Name))],
            groups.SelectMany(g => g.Members.Select(m => (m.RegionKey, g.Code))).ToDictionary(x => x.RegionKey, x => x.Code, StringComparer.Ordinal));
    }
}
