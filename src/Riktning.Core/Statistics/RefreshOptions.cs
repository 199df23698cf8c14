namespace Riktning.Statistics;

/// <summary>What `riktning refresh` fetches and whether the server refreshes on a schedule; bound from <c>Riktning:Refresh</c>.</summary>
public sealed class RefreshOptions
{
    public const string Section = "Riktning:Refresh";

    /// <summary>
    /// Regions fetched from Kolada, as region keys. Empty (the default) means what each strategy follows: the region its
    /// definition names (<c>region: SE-17</c>), that region's municipalities and the whole country.
    /// </summary>
    public IList<string> Regions { get; } = [];

    /// <summary>Time between scheduled refreshes in the server; null (the default) turns the schedule off.</summary>
    public TimeSpan? Interval { get; set; }
}
