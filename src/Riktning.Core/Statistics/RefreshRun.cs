namespace Riktning.Statistics;

/// <summary>
/// One run of the whole refresh (scheduled, first start or <c>riktning refresh</c>) in the shared history: which
/// instance ran it, when, how it ended and what it counted. A run is stored as <see cref="RefreshRunOutcome.Running"/>
/// when it starts and updated after each measure, so that one whose process died is found by the next run, which
/// marks it <see cref="RefreshRunOutcome.Abandoned"/> and refreshes only the measures it had not finished.
/// </summary>
public sealed class RefreshRun
{
    public int Id { get; set; }

    /// <summary>What started it: <see cref="RefreshTriggers"/>.</summary>
    public required string Trigger { get; set; }

    /// <summary>The process that ran it: host name and process id (<see cref="RefreshCoordinator.InstanceName"/>).</summary>
    public required string Instance { get; set; }

    public DateTime StartedAtUtc { get; set; }

    /// <summary>When it ended; null while it runs (or when its process died: then the next run ends it).</summary>
    public DateTime? FinishedAtUtc { get; set; }

    public RefreshRunOutcome Outcome { get; set; }

    /// <summary>Measures with a source that the run meant to refresh.</summary>
    public int Total { get; set; }

    public int Imported { get; set; }

    public int Failed { get; set; }

    public int Skipped { get; set; }

    /// <summary>Ids of the measures done so far, separated by ';': what a run taking over after a crash leaves out.</summary>
    public string CompletedMeasures { get; set; } = "";

    /// <summary>The abandoned run this one took over, whose completed measures it did not refresh again.</summary>
    public int? ResumedRunId { get; set; }

    /// <summary>Why the run failed as a whole (the store, not one measure), or who took over an abandoned run.</summary>
    public string? Note { get; set; }
}
