namespace Riktning.Statistics;

/// <summary>How a <see cref="RefreshRun"/> ended; stored by name.</summary>
public enum RefreshRunOutcome
{
    /// <summary>Started and not ended (or its process died and no run has taken over yet).</summary>
    Running,

    /// <summary>Every measure was tried; some may have failed on their own (<see cref="RefreshRun.Failed"/>).</summary>
    Completed,

    /// <summary>The run stopped as a whole: the store failed, or the process was stopped.</summary>
    Failed,

    /// <summary>Its process died mid-run; a later run took over the measures it had not done.</summary>
    Abandoned,
}
