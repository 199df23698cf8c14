namespace Riktning.Statistics;

/// <summary>What started a <see cref="RefreshRun"/>, as stored.</summary>
public static class RefreshTriggers
{
    public const string Schedule = "schedule";
    public const string FirstStart = "first-start";
    public const string Command = "command";
    public const string DataDesk = "data-desk";
}
