namespace Riktning.Statistics;

/// <summary>Whether the server's own refresh has not run, is running or has finished.</summary>
public enum RefreshState
{
    Idle,
    Running,
    Finished,
}
