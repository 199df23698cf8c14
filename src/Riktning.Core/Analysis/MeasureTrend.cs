namespace Riktning.Analysis;

/// <summary>
/// One series' movement: its latest value, its baseline, the change since each and the judgement against the
/// wanted direction. Changes are null where one of their two values is missing; relative changes are also null when
/// the value compared with is 0.
/// </summary>
public sealed record MeasureTrend
{
    public required Direction Direction { get; init; }
    public required int BaselineYear { get; init; }

    public string? LatestPeriod { get; init; }
    public double? LatestValue { get; init; }

    /// <summary>The period the baseline value comes from: the baseline year (its first quarter or month for sub-annual data), or a later one.</summary>
    public string? BaselinePeriod { get; init; }
    public double? BaselineValue { get; init; }

    /// <summary>True when the baseline year had no value and the first later period with one stands in.</summary>
    public bool BaselineIsSubstitute { get; init; }

    public double? ChangeSinceBaseline { get; init; }

    /// <summary>The change since the baseline as a share of the baseline's absolute value (0.05 is 5 %).</summary>
    public double? RelativeChangeSinceBaseline { get; init; }

    public string? PreviousPeriod { get; init; }
    public double? PreviousValue { get; init; }
    public double? ChangeSincePrevious { get; init; }
    public double? RelativeChangeSincePrevious { get; init; }

    /// <summary>The largest change since the baseline counted as unchanged, in the measure's unit.</summary>
    public double? Tolerance { get; init; }

    public required Assessment Assessment { get; init; }

    /// <summary>
    /// The trend of one series. Points without a value (missing, confidential, not applicable) are skipped, never
    /// read as 0; their periods simply do not exist for the trend.
    /// </summary>
    public static MeasureTrend From(IEnumerable<SeriesPoint> points, Direction direction, int baselineYear, MeasureAnalysisOptions? options = null)
    {
        options ??= MeasureAnalysisOptions.Default;
        var valued = points.Where(p => p.Value is not null)
            .OrderBy(p => p.Period, StatisticsPeriod.Order)
            .Select(p => (p.Period, Value: p.Value!.Value))
            .ToList();
        if (valued.Count == 0)
        {
            return new MeasureTrend { Direction = direction, BaselineYear = baselineYear, Assessment = Assessment.NotEnoughData };
        }

        var (latestPeriod, latestValue) = valued[^1];
        (string Period, double Value)? previous = valued.Count > 1 ? valued[^2] : null;
        var baselineIndex = valued.FindIndex(p => StatisticsPeriod.Year(p.Period) >= baselineYear);
        (string Period, double Value)? baseline = baselineIndex >= 0 ? valued[baselineIndex] : null;

        var trend = new MeasureTrend
        {
            Direction = direction,
            BaselineYear = baselineYear,
            LatestPeriod = latestPeriod,
            LatestValue = latestValue,
            PreviousPeriod = previous?.Period,
            PreviousValue = previous?.Value,
            ChangeSincePrevious = latestValue - previous?.Value,
            RelativeChangeSincePrevious = Relative(latestValue, previous?.Value),
            Assessment = Assessment.NotEnoughData,
        };
        if (baseline is not { } b)
        {
            return trend;
        }

        var change = latestValue - b.Value;
        var tolerance = options.ToleranceFor(b.Value);
        trend = trend with
        {
            BaselinePeriod = b.Period,
            BaselineValue = b.Value,
            BaselineIsSubstitute = StatisticsPeriod.Year(b.Period) != baselineYear || !StatisticsPeriod.IsFirstOfYear(b.Period),
            ChangeSinceBaseline = change,
            RelativeChangeSinceBaseline = Relative(latestValue, b.Value),
            Tolerance = tolerance,
        };

        // The baseline itself as the latest value is no trend yet, whatever the direction.
        if (baselineIndex == valued.Count - 1 || direction == Direction.ToBeDecided)
        {
            return trend;
        }

        var assessment = Math.Abs(change) <= tolerance ? Assessment.Unchanged
            : (change > 0) == (direction == Direction.Increase) ? Assessment.Better
            : Assessment.Worse;
        return trend with { Assessment = assessment };
    }

    private static double? Relative(double value, double? reference) =>
        reference is { } r && r != 0 ? (value - r) / Math.Abs(r) : null;
}
