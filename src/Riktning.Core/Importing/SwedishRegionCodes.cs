namespace Riktning.Importing;

/// <summary>
/// Translates Swedish region codes into region keys. SCB writes counties as <c>17</c> and the country as <c>00</c>;
/// Kolada pads counties to <c>0017</c> and the country to <c>0000</c>; some tables write <c>SE17</c> or <c>Riket</c>.
/// Municipalities are four digits everywhere (<c>1780</c>).
/// </summary>
public static class SwedishRegionCodes
{
    private const string Country = "SE";

    /// <summary>The key (<c>SE-17</c>, <c>SE-1780</c>, <c>SE</c>), or null when the code is not a Swedish region code.</summary>
    public static string? ToKey(string code)
    {
        var trimmed = code.Trim();
        if (string.Equals(trimmed, "Riket", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, Country, StringComparison.OrdinalIgnoreCase))
        {
            return Country;
        }

        if (trimmed.StartsWith(Country, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[Country.Length..].TrimStart('-');
        }

        if (!IsDigits(trimmed))
        {
            return null;
        }

        return trimmed.Length switch
        {
            2 => RegionKey.Format(Country, trimmed),
            4 when trimmed.StartsWith("00", StringComparison.Ordinal) => RegionKey.Format(Country, trimmed[2..]),
            4 => RegionKey.Format(Country, trimmed),
            _ => null,
        };
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
