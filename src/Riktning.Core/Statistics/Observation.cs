namespace Riktning.Statistics;

/// <summary>A value of a series in one period. Where the source gives no number, <see cref="Value"/> is null and <see cref="Status"/> says why.</summary>
public sealed class Observation
{
    public int SeriesId { get; set; }

    /// <summary>The period as the source writes it: <c>2022</c>, <c>2022K1</c>, <c>2026M01</c>.</summary>
    public required string Period { get; set; }

    public double? Value { get; set; }

    public ValueStatus Status { get; set; }

    /// <summary>How to read the value: the Eurostat flags the source set (break in series, estimated, provisional...).</summary>
    public ObservationFlags Flags { get; set; }

    /// <summary>The import that last wrote this value (provenance: source, table, time).</summary>
    public int BatchId { get; set; }
}
