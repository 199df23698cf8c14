namespace Riktning.Analysis;

/// <summary>Whether a gap has narrowed or grown since the baseline; judged on its size, whatever its sign.</summary>
public enum GapTrend
{
    /// <summary>The gap is smaller than at the baseline by more than the tolerance.</summary>
    Closing,

    /// <summary>The gap is larger than at the baseline by more than the tolerance.</summary>
    Widening,

    /// <summary>The change in size is within the tolerance.</summary>
    Unchanged,

    /// <summary>No gap at the baseline or none after it.</summary>
    NotEnoughData,
}
