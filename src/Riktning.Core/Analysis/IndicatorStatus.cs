namespace Riktning.Analysis;

/// <summary>
/// An indicator at a glance, from its measures' assessments: all that can be assessed moved the same way, or they
/// disagree (<see cref="Mixed"/>, and the reader is shown the counts), or none can be assessed yet.
/// </summary>
public enum IndicatorStatus
{
    Better,
    Worse,
    Unchanged,
    Mixed,
    NotEnoughData,
}
