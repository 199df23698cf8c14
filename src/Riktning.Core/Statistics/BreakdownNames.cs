namespace Riktning.Statistics;

/// <summary>
/// The breakdown names an import may use: the strategy's background variables (<see cref="Breakdown"/>) except place,
/// which is the region itself. One list, so that a typo (<c>kön</c> for <c>sex</c>) is refused instead of becoming a
/// second breakdown on the public page.
/// </summary>
public static class BreakdownNames
{
    public const string Sex = "sex";

    public static IReadOnlyList<string> Known { get; } = [.. Enum.GetValues<Breakdown>()
        .Where(b => b != Breakdown.Place)
        .Select(b => JsonNamingPolicy.KebabCaseLower.ConvertName(b.ToString()))];

    public static bool IsKnown(string name) => Known.Contains(name, StringComparer.Ordinal);
}
