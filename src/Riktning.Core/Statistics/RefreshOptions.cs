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

    /// <summary>
    /// True (the default): the server's first start on an empty store fetches every measure in the background. Turn it
    /// off where the server has no network or the store is filled otherwise (<c>Riktning__Refresh__OnFirstStart=false</c>).
    /// </summary>
    public bool OnFirstStart { get; set; } = true;

    /// <summary>Time between scheduled refreshes in the server; null (the default) turns the schedule off.</summary>
    public TimeSpan? Interval { get; set; }
}
