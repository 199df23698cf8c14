namespace Riktning.Analysis;

/// <summary>
/// A Norwegian region's value next to a Swedish one. SSB and SCB define and delimit many figures differently (the
/// seeds complain they do not line up), so a cross-border figure always carries <see cref="DefinitionsMayDiffer"/>.
/// </summary>
public sealed record CrossBorderValue(string RegionKey, string Period, double Value)
{
    public bool DefinitionsMayDiffer { get; } = true;
}
