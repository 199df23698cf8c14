namespace Riktning.Statistics;

/// <summary>What `riktning refresh` fetches and whether the server refreshes on a schedule; bound from <c>Riktning:Refresh</c>.</summary>
public sealed class RefreshOptions
{
    public const string Section = "Riktning:Refresh";

    /// <summary>
    /// Regions fetched from Kolada, as region keys. Empty means the county of <see cref="County"/>, its
    /// municipalities and the whole country.
    /// </summary>
    public IList<string> Regions { get; } = [];

    /// <summary>
    /// With no <see cref="Regions"/>: true (the default) fetches Kolada measures for Sweden and every county and
    /// municipality, so that ranks and national group means are complete; false only <see cref="County"/>, its
    /// municipalities and Sweden.
    /// </summary>
    public bool AllSwedishRegions { get; set; } = true;

    /// <summary>The county whose municipalities are followed (Värmland).</summary>
    public string County { get; set; } = "SE-17";

    /// <summary>Time between scheduled refreshes in the server; null (the default) turns the schedule off.</summary>
    public TimeSpan? Interval { get; set; }
}
