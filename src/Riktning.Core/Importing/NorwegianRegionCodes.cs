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

    /// <summary>
    /// Why a code SSB uses is not a Riktning region, for the refusal message, per code: SSB's three-digit and lettered
    /// codes are aggregates of its own (for example the house price index regions of KLASS 30, "001" = "Oslo med Bærum"),
    /// not fylker or kommuner, so no figure for them can be placed.
    /// </summary>
    public static string WhyNot(string code, string label)
    {
        var trimmed = code.Trim();
        return trimmed.Length == 3 && trimmed.All(char.IsAsciiDigit)
            ? $"'{trimmed}' ({label}) is an SSB aggregate region (such as KLASS 30's house price index regions), not a fylke or kommune; map the table to fylker or kommuner or leave it out"
            : trimmed.Length > 0 && trimmed.All(char.IsAsciiLetterOrDigit) && trimmed.Any(char.IsAsciiLetter)
                ? $"'{trimmed}' ({label}) is an SSB aggregate or special code, not a fylke or kommune"
                : $"'{trimmed}' ({label}) is not a Norwegian fylke (2 digits) or kommune (4 digits) code";
    }
}
