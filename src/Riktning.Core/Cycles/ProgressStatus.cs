namespace Riktning.Cycles;

/// <summary>How an organisation judges one of its plans or interventions in a cycle's call for input.</summary>
public enum ProgressStatus
{
    NotStarted,
    OnTrack,
    Delayed,
    AtRisk,
    Completed,
}
