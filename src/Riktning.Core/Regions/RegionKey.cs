namespace Riktning.Regions;

/// <summary>Riktning's region keys: the country code, then the national code (<c>SE-1780</c>); the country alone for the whole country.</summary>
public static class RegionKey
{
    public const string CountryCode = "00";

    public static string Format(string country, string code) => code == CountryCode ? country : $"{country}-{code}";

    public static (string Country, string Code) Parse(string key)
    {
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (key, CountryCode) : (key[..dash], key[(dash + 1)..]);
    }

    /// <summary>Whether a text is shaped like a region key: <c>SE</c>, <c>NO</c>, or one of them, '-' and digits.</summary>
    public static bool IsWellFormed(string key)
    {
        var (country, code) = Parse(key);
        return country is "SE" or "NO" && code.Length is > 0 and <= 10 && code.All(char.IsAsciiDigit);
    }
}
