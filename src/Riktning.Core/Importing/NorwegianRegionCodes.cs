using Riktning.Regions;

namespace Riktning.Importing;

/// <summary>
/// Translates Norwegian region codes into region keys. SSB writes kommuner as <c>3401</c> or <c>K-3401</c>, fylker as
/// <c>34</c> or <c>F-34</c>, and the country as <c>0</c> or <c>TOTAL</c>.
/// </summary>
public static class NorwegianRegionCodes
{
    private const string Country = "NO";

    /// <summary>The key (<c>NO-34</c>, <c>NO-3401</c>, <c>NO</c>), or null when the code is not a Norwegian region code.</summary>
    public static string? ToKey(string code)
    {
        var trimmed = code.Trim();
        if (trimmed is "0" or "00" || string.Equals(trimmed, "TOTAL", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, Country, StringComparison.OrdinalIgnoreCase))
        {
            return Country;
        }

        int? expectedLength = null;
        if (trimmed.StartsWith("K-", StringComparison.OrdinalIgnoreCase))
        {
            (trimmed, expectedLength) = (trimmed[2..], 4);
        }
        else if (trimmed.StartsWith("F-", StringComparison.OrdinalIgnoreCase))
        {
            (trimmed, expectedLength) = (trimmed[2..], 2);
        }

        if (trimmed.Length == 0 || !trimmed.All(char.IsAsciiDigit) || trimmed.Length is not (2 or 4) || (expectedLength is { } length && trimmed.Length != length))
        {
            return null;
        }

        return RegionKey.Format(Country, trimmed);
    }
}
