namespace Riktning.Statistics;

/// <summary>What an import did. <see cref="BatchId"/> is null when nothing changed, since then nothing was stored.</summary>
public sealed record ImportSummary(string MeasureId, int? BatchId, int Added, int Changed, int Unchanged)
{
    public int Total => Added + Changed + Unchanged;
}
