namespace Riktning.Statistics;

/// <summary>What `riktning refresh` fetches and whether the server refreshes on a schedule; bound from <c>Riktning:Refresh</c>.</summary>
public sealed class RefreshOptions
{
    public const string Section = "Riktning:Refresh";

    /// <summary>
    /// Regions fetched from Kolada, as region keys. Empty (the default) means what <see cref="AllSwedishRegions"/> says,
    /// around the region each strategy's definition names (<c>region: SE-17</c>).
    /// </summary>
    public IList<string> Regions { get; } = [];

    /// <summary>
    /// With no <see cref="Regions"/>: true (the default) fetches Kolada measures for Sweden and every county and
    /// municipality, so that ranks and national group means are complete; false only the strategy's county, its
    /// municipalities and Sweden.
    /// </summary>
    public bool AllSwedishRegions { get; set; } = true;

    /// <summary>
    /// True (the default): the server's first start on an empty store fetches every measure in the background. Turn it
    /// off where the server has no network or the store is filled otherwise (<c>Riktning__Refresh__OnFirstStart=false</c>).
    /// </summary>
    public bool OnFirstStart { get; set; } = true;

    /// <summary>Time between scheduled refreshes in the server; null (the default) turns the schedule off.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>
    /// With a schedule: how often an instance looks, between its ticks, for a refresh run whose process died, to finish
    /// that run's remaining measures (<c>Riktning:Refresh:TakeOverCheck</c>, default one minute; zero turns it off).
    /// </summary>
    public TimeSpan TakeOverCheck { get; set; } = TimeSpan.FromMinutes(1);
}
