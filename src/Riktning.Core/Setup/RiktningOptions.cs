namespace Riktning.Setup;

/// <summary>Where the bundled content lives and which definitions the site shows; bound from <c>Riktning</c>.</summary>
public sealed class RiktningOptions
{
    public const string Section = "Riktning";

    /// <summary>Folder of definition files loaded on start-up (the repository's <c>strategies/</c>, copied beside the executable).</summary>
    public string DefinitionsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "strategies");

    /// <summary>Folder of region code lists loaded on start-up (the repository's <c>regions/</c>).</summary>
    public string RegionListsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "regions");

    /// <summary>Folder of organisation lists loaded on start-up (the repository's <c>organisations/</c>).</summary>
    public string OrganisationListsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "organisations");

    /// <summary>The strategy the public site shows; the first loaded strategy when empty.</summary>
    public string? Strategy { get; set; } = "varmlandsstrategin-2040";

    /// <summary>The cooperation framework the site shows; the first loaded one when empty.</summary>
    public string? Cooperation { get; set; } = "norge-samarbete";

    /// <summary>
    /// How long a web instance trusts the store version it last read (<c>Riktning:StoreVersionCheckInterval</c>,
    /// default one second). Imports and definition loads made by another process (the command line, another instance
    /// on the same PostgreSQL) reach cached answers and the current strategy within this time; zero asks every time.
    /// </summary>
    public TimeSpan StoreVersionCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a page waits for the data status of a new store version before it shows the previous version's
    /// (<c>Riktning:StaleAnswerWait</c>, default 100 ms). The status counts every observation, seconds
    /// on a store of millions; it is built once in the background and replaces the old one when done. On a small store
    /// it is done within the wait, and the page is never stale.
    /// </summary>
    public TimeSpan StaleAnswerWait { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The measure that counts employed persons by municipality of residence (<c>Riktning:CommutingEmployedMeasure</c>,
    /// a measure id of the strategy), for the share of each home-region municipality's employed who work in Norway on
    /// the commuting page. None by default: the strategy binds no such count yet, and the page says so.
    /// </summary>
    public string? CommutingEmployedMeasure { get; set; }
}
