namespace Riktning.Cycles;

/// <summary>What became of an outcome; the next cycle's page shows it.</summary>
public enum FollowUpStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}
