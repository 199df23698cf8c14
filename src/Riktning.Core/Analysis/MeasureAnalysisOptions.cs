namespace Riktning.Analysis;

/// <summary>
/// How large a change since the baseline must be to count as better or worse: a measure's own <c>tolerance</c> from the
/// definition (absolute, in its unit), else the default rule below.
/// </summary>
/// <remarks>
/// The default is 1 % of the baseline value (relative). Measures come in very different units (per cent, persons,
/// kronor, tonnes), so no single absolute default would fit them all, while 1 % of the baseline means the same thing
/// for each: a shift too small to report as a trend, often within a source's own revisions. A measure whose natural
/// threshold is absolute (0.5 percentage points, say) sets <see cref="AbsoluteTolerance"/>, which then replaces the
/// relative one. A baseline of 0 gives a relative tolerance of 0, so any change counts.
/// </remarks>
public sealed record MeasureAnalysisOptions
{
    public static MeasureAnalysisOptions Default { get; } = new();

    /// <summary>The options for a measure: its declared tolerance, or the default.</summary>
    public static MeasureAnalysisOptions For(Riktning.Strategy.Measure measure) =>
        measure.Tolerance is { } tolerance ? new() { AbsoluteTolerance = tolerance } : Default;

    /// <summary>The tolerance as a share of the baseline's absolute value; 0.01 is 1 %.</summary>
    public double RelativeTolerance { get; init; } = 0.01;

    /// <summary>The tolerance in the measure's unit; when set, used instead of <see cref="RelativeTolerance"/>.</summary>
    public double? AbsoluteTolerance { get; init; }

    /// <summary>The largest change from <paramref name="baseline"/> still counted as unchanged.</summary>
    public double ToleranceFor(double baseline) => AbsoluteTolerance ?? (RelativeTolerance * Math.Abs(baseline));
}
