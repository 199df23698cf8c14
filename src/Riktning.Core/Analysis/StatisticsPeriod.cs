namespace Riktning.Analysis;

/// <summary>
/// Periods as the sources write them: a year (<c>2024</c>), a quarter (<c>2024K1</c>), a month (<c>2024M03</c>) or a
/// half-year (<c>2024H1</c>). Always the year first, then a letter and a number.
/// </summary>
public static class StatisticsPeriod
{
    /// <summary>Orders by year, then by the sub-annual number, so <c>2024M10</c> follows <c>2024M9</c> even if unpadded.</summary>
    public static IComparer<string> Order { get; } = Comparer<string>.Create(Compare);

    public static int Year(string period) =>
        period.Length >= 4 && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new FormatException($"period '{period}' does not start with a four-digit year");

    /// <summary>The number after the year's letter (1 for <c>2024K1</c>); 0 for an annual period.</summary>
    public static int SubPeriod(string period) =>
        period.Length <= 5 ? 0
            : int.TryParse(period.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : throw new FormatException($"period '{period}' has no number after its letter");

    /// <summary>True for a year, and for the first quarter, month or half of a year: the periods a baseline year starts with.</summary>
    public static bool IsFirstOfYear(string period) => SubPeriod(period) <= 1;

    private static int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var byYear = Year(x).CompareTo(Year(y));
        if (byYear != 0)
        {
            return byYear;
        }

        var bySub = SubPeriod(x).CompareTo(SubPeriod(y));
        return bySub != 0 ? bySub : string.CompareOrdinal(x, y);
    }
}
