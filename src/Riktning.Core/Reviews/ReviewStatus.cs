namespace Riktning.Reviews;

public enum ReviewStatus
{
    /// <summary>Proposals are made and decided.</summary>
    Open,

    /// <summary>Ended in a new revision; read-only.</summary>
    Completed,
}
