namespace Riktning.Analysis;

/// <summary>
/// A comparable pair across the border: one row per region of the border region (the strategy's own region, its
/// partner regions, the two countries) in the latest period of the strategy's region, with the Norwegian values on the
/// chosen <see cref="Geography"/> (placed on the units valid on <see cref="On"/> when as today) and the values that stayed
/// on their old unit, each with its reason. <see cref="Period"/> is null while the strategy's region has no value.
/// </summary>
public sealed record BorderTable(MeasurePair Pair, string? Period, IReadOnlyList<BorderRow> Rows, IReadOnlyList<KeptValue> Kept, GeographyChoice Geography, DateOnly On);
