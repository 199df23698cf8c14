namespace Riktning.Bench;

/// <summary>One line of the final table. <see cref="PeakMegabytes"/> is null where no peak is measured.</summary>
internal sealed record BenchResult(string Case, long Rows, double Seconds, double ReferenceSeconds, double? PeakMegabytes)
{
    public const double RatioTarget = 2.0;
    public const double PeakTarget = 400;

    public double RowsPerSecond => Rows / Seconds;

    public double ReferenceRowsPerSecond => Rows / ReferenceSeconds;

    public double Ratio => Seconds / ReferenceSeconds;

    public bool RatioPasses => Ratio <= RatioTarget;

    public bool? PeakPasses => PeakMegabytes is { } peak ? peak < PeakTarget : null;
}
