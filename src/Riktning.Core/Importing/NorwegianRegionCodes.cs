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
    /// Why a code SSB publishes beside its fylker and kommuner is not a region of the registry, or null when the code is
    /// not one of SSB's known special or aggregate codes (then it is simply unknown and the import is refused). SSB's
    /// regional tables carry, besides <c>0</c>/<c>TOTAL</c>, fylker and kommuner: three-digit groupings of its own
    /// (07221's <c>001</c> "Oslo med Bærum" … <c>011</c> "Nord-Norge", price regions that cut across fylke lines),
    /// codes made of letters (aggregates such as <c>EAK</c>), Svalbard, Jan Mayen and the continental shelf
    /// (<c>21</c>, <c>22</c>, <c>23</c> and their four-digit units) and "unknown kommune" codes ending in <c>99</c>.
    /// None of these is placed on a fylke or kommune, since none is one; a definition may still map a code it
    /// understands through <c>mapping.regionCodes</c>.
    /// </summary>
    public static string? WhyNotARegion(string code, string label)
    {
        var trimmed = code.Trim();
        var named = string.IsNullOrWhiteSpace(label) || label == code ? "" : $" (\"{label}\")";
        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiDigit))
        {
            return $"SSB's own regional grouping{named}, a three-digit code that is neither a fylke nor a kommune and crosses their boundaries; not placed on any region";
        }

        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiLetterOrDigit) && trimmed.Any(char.IsAsciiLetter) && ToKey(trimmed) is null)
        {
            return $"an SSB aggregate or special code{named} made of letters, not a fylke or kommune; not placed on any region";
        }

        if (trimmed.All(char.IsAsciiDigit) && trimmed.Length is 2 or 4 && trimmed[..2] is "21" or "22" or "23")
        {
            return $"Svalbard, Jan Mayen or the continental shelf{named}: outside the fylker and kommuner of the registry";
        }

        if (trimmed.All(char.IsAsciiDigit) && trimmed.Length is 2 or 4 && trimmed.EndsWith("99", StringComparison.Ordinal))
        {
            return $"SSB's 'unknown' code{named} for values it could not place on a fylke or kommune; not placed on any region";
        }

        return null;
    }
}
