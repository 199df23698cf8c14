namespace Riktning.Analysis;

/// <summary>
/// Applies a comparison's <see cref="HarmonisationRule"/> to the Norwegian measure's values of one region: sums the
/// rule's categories of its breakdown into one (ages 020…064 into 20–64, NUS2000 levels into ISCED 5–8) and moves the
/// period by the rule's shift. A period that lacks any of the categories, or has one without a value, gives no figure:
/// a partial sum would understate it.
/// </summary>
public static class Harmonisation
{
    /// <summary>The harmonised values by period (in the Swedish measure's periods), in period order.</summary>
    public static IReadOnlyList<(string Period, double Value)> Apply(HarmonisationRule rule, IEnumerable<(string Period, string Category, double? Value)> values)
    {
        if (rule.Kind == HarmonisationKind.Currency)
        {
            throw new ArgumentException("a currency rule converts amounts with ExchangeRates, not by summing categories", nameof(rule));
        }

        var wanted = rule.Categories.ToHashSet(StringComparer.Ordinal);
        return [.. values.Where(v => wanted.Contains(v.Category))
            .GroupBy(v => v.Period, StringComparer.Ordinal)
            .Where(g => g.Select(v => v.Category).Distinct(StringComparer.Ordinal).Count() == wanted.Count && g.All(v => v.Value is not null))
            .Select(g => (Period: Shift(g.Key, rule.PeriodShift), Value: g.Sum(v => v.Value!.Value)))
            .OrderBy(p => p.Period, StringComparer.Ordinal)];
    }

    /// <summary>A year moved by <paramref name="years"/> (<c>2024</c> − 1 = <c>2023</c>); quarters and months keep their suffix.</summary>
    public static string Shift(string period, int years) =>
        years == 0 || period.Length < 4 || !int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? period
            : (year + years).ToString(CultureInfo.InvariantCulture) + period[4..];
}
