namespace Riktning.Importing.Sources;

/// <summary>
/// The statistics APIs Riktning reads, bound from <c>Riktning:Sources</c>. The defaults are the public production services;
/// each base URL and limit below was checked against the source's own documents or responses (see the comments).
/// </summary>
public sealed class StatisticsSourceOptions
{
    public const string Section = "Riktning:Sources";

    /// <summary>SCB Statistikdatabasen, PxWeb API v1: GET a table path for metadata, POST a query to it for data.</summary>
    public const string ScbName = "Scb";

    /// <summary>SCB Statistikdatabasen, PxWebApi 2.</summary>
    public const string ScbApi2Name = "ScbApi2";

    /// <summary>SSB Statistikkbanken, API v0: the same protocol as SCB's PxWeb API v1.</summary>
    public const string SsbName = "Ssb";

    /// <summary>SSB Statistikkbanken, PxWebApi 2.</summary>
    public const string SsbApi2Name = "SsbApi2";

    /// <summary>Kolada (RKA), API v3.</summary>
    public const string KoladaName = "Kolada";

    /// <summary>The Nordic Statistics database (Nordic Co-operation), PxWeb API v1: GET a table path for metadata, POST a query for data.</summary>
    public const string NordicName = "Nordic";

    // The v1 root as rOpenGov/pxweb's recorded responses and SCB's API description use it (language sv, database ssd).
    // SCB documents no call limit for v1 beyond that of the service; 30 per 10 s is the PxWebApi 2 production figure.
    public SourceEndpointOptions Scb { get; set; } = new()
    {
        BaseUrl = "https://api.scb.se/OV0104/v1/doris/sv/ssd/",
        MaxCallsPerTimeWindow = 30,
        TimeWindow = TimeSpan.FromSeconds(10),
    };

    // Confirmed by the self links in SCB's /tables responses (shared/data/scb/v2/tables.json). SCB's /config says 30 calls
    // per 10 s and 150 000 cells in production; the older sample in shared/data says 3 per 1 s, so GetConfigAsync is the truth.
    public SourceEndpointOptions ScbApi2 { get; set; } = new()
    {
        BaseUrl = "https://statistikdatabasen.scb.se/api/v2/",
        MaxCallsPerTimeWindow = 30,
        TimeWindow = TimeSpan.FromSeconds(10),
    };

    // Confirmed by SSB's saved-query export (postUrl in shared/data/ssb/ssb_v0_07459_saved_query.json). SSB's user guide
    // (ssb.no, "API mot statistikkbanken – brukerveiledning") gives 800 000 cells and 30 queries per 60 s per IP address.
    public SourceEndpointOptions Ssb { get; set; } = new()
    {
        BaseUrl = "https://data.ssb.no/api/v0/no/table/",
        MaxCallsPerTimeWindow = 30,
        TimeWindow = TimeSpan.FromSeconds(60),
    };

    // The same guide names https://data.ssb.no/api/pxwebapi/v2/config and the same limits for PxWebApi 2.
    public SourceEndpointOptions SsbApi2 { get; set; } = new()
    {
        BaseUrl = "https://data.ssb.no/api/pxwebapi/v2/",
        MaxCallsPerTimeWindow = 30,
        TimeWindow = TimeSpan.FromSeconds(60),
    };

    // Kolada publishes no call limit; it answers 429 when pressed, which the retry handles.
    public SourceEndpointOptions Kolada { get; set; } = new() { BaseUrl = "https://api.kolada.se/v3/" };

    // The root and limits as rOpenGov/pxweb's catalogue of PxWeb APIs gives them (pxweb.nordicstatistics.org: v1, en,
    // "10 calls per 10 sec", "1000 values per call"); the database is "Nordic Statistics", as in its tables' own URLs.
    public SourceEndpointOptions Nordic { get; set; } = new()
    {
        BaseUrl = "https://pxweb.nordicstatistics.org/api/v1/en/Nordic%20Statistics/",
        MaxCallsPerTimeWindow = 10,
        TimeWindow = TimeSpan.FromSeconds(10),
    };

    /// <summary>The endpoint settings of a source by its name (<see cref="ScbName"/> …).</summary>
    public SourceEndpointOptions For(string source) => source switch
    {
        ScbName => Scb,
        ScbApi2Name => ScbApi2,
        SsbName => Ssb,
        SsbApi2Name => SsbApi2,
        KoladaName => Kolada,
        NordicName => Nordic,
        _ => throw new ArgumentException($"No statistics source is called '{source}'.", nameof(source)),
    };

    /// <summary>The names of every source, for registration and validation.</summary>
    public static IReadOnlyList<string> Names { get; } = [ScbName, ScbApi2Name, SsbName, SsbApi2Name, KoladaName, NordicName];
}
