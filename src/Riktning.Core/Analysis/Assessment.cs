namespace Riktning.Analysis;

/// <summary>How a measure has moved since the baseline, judged against the direction the strategy wants.</summary>
public enum Assessment
{
    Better,
    Worse,

    /// <summary>The change since the baseline is within the tolerance.</summary>
    Unchanged,

    /// <summary>No baseline, no value after it, or no direction decided: nothing can be said.</summary>
    NotEnoughData,
}
