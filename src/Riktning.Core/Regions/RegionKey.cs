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
}
