namespace Riktning.Analysis;

/// <summary>One figure of a report table; <see cref="Value"/> is null when the source gave a status instead of a number; <see cref="Flags"/> are shown beside the figure.</summary>
public readonly record struct ReportCell(double? Value, ValueStatus Status, ObservationFlags Flags = ObservationFlags.None)
{
    /// <summary>Whether the figure carries a Eurostat flag letter (c included), so the table prints the legend.</summary>
    public bool IsFlagged => Flags != ObservationFlags.None || Status == ValueStatus.Confidential;
}
