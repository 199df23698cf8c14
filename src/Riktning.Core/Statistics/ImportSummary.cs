namespace Riktning.Statistics;

/// <summary>What an import did. <see cref="BatchId"/> is null when nothing changed, since then nothing was stored.</summary>
public sealed record ImportSummary(string MeasureId, int? BatchId, int Added, int Changed, int Unchanged)
{
    public int Total => Added + Changed + Unchanged;

    /// <summary>How many of the values Riktning derived (totals as women + men), included in the counts above.</summary>
    public int Derived { get; init; }

    /// <summary>What the analyst should know about the import, e.g. that a share without totals gets no trend.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
