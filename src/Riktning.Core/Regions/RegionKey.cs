namespace Riktning.Regions;

/// <summary>
/// Riktning's region key: the country code, then the national code (<c>SE-1780</c>, <c>NO-34</c>); the country alone
/// (<c>SE</c>) for the whole country. The one parser every input goes through: definitions, uploads, organisation lists,
/// forms and the open data API accept the same keys.
/// </summary>
public readonly record struct RegionKey(string Country, string Code)
{
    /// <summary>The code the registries give the whole country.</summary>
    public const string CountryCode = "00";

    /// <summary>The countries whose registries Riktning keeps.</summary>
    public static readonly IReadOnlyList<string> Countries = ["SE", "NO"];

    /// <summary>The shape every error message names.</summary>
    public const string Examples = "SE-17, SE-1780 or NO-34";

    /// <summary>Whether the key is a whole country.</summary>
    public bool IsCountry => Code == CountryCode;

    public override string ToString() => Format(Country, Code);

    public static string Format(string country, string code) => code == CountryCode ? country : $"{country}-{code}";

    /// <summary>
    /// Reads a key: <c>SE</c> or <c>NO</c>, optionally followed by '-' and a county (two digits) or municipality (four
    /// digits) code. Anything else, including lower case and spaces, is not a key.
    /// </summary>
    public static bool TryParse(string? text, out RegionKey key)
    {
        key = default;
        if (text is null)
        {
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var country = dash < 0 ? text : text[..dash];
        if (!Countries.Contains(country, StringComparer.Ordinal))
        {
            return false;
        }

        if (dash < 0)
        {
            key = new RegionKey(country, CountryCode);
            return true;
        }

        var code = text[(dash + 1)..];
        if (code.Length is not (2 or 4) || !code.All(char.IsAsciiDigit) || code == CountryCode)
        {
            return false;
        }

        key = new RegionKey(country, code);
        return true;
    }

    /// <summary>Reads a key that is known to be one (stored or validated before); throws <see cref="FormatException"/> otherwise.</summary>
    public static RegionKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not a region key such as {Examples}");

    /// <summary>Whether a text is a region key (<see cref="TryParse"/>).</summary>
    public static bool IsWellFormed(string text) => TryParse(text, out _);
}
