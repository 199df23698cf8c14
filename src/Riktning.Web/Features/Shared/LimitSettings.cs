namespace Riktning.Web.Features.Shared;

/// <summary>
/// <c>Riktning:Limits</c>: what one request or one client may cost the server. Every limit answers with a status that
/// names it (413, 429 with <c>Retry-After</c>, 400 naming the cap), never with minutes of work.
/// </summary>
public sealed class LimitSettings
{
    public const string Section = "Riktning:Limits";

    /// <summary>The largest request body, an upload included (bytes); larger ones are refused with 413 before they are read.</summary>
    public long UploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Uploads (imports) processed at the same time by one instance; one more waits a short while, then gets 429.</summary>
    public int ConcurrentImports { get; set; } = 2;

    /// <summary>Requests one client address may make to <c>/api</c> per minute; more get 429 with <c>Retry-After</c>.</summary>
    public int ApiRequestsPerMinute { get; set; } = 600;

    /// <summary>
    /// The most observations one answer holds, and the largest <c>limit</c> a request may ask for: a larger selection
    /// is paged with <c>offset</c> and a <c>Link: rel="next"</c> header.
    /// </summary>
    public int ApiMaxRows { get; set; } = 10_000;

    /// <summary>
    /// The most observations of a JSON or CSV answer kept finished in memory. A larger answer is written to the response
    /// as it is read from the store (in bounded memory, flushed as it goes), and never kept.
    /// </summary>
    public int ApiCachedRows { get; set; } = 5_000;

    /// <summary>Observation answers built from the store at the same time (cache misses); the others wait their turn.</summary>
    public int ApiConcurrentBuilds { get; set; } = 4;
}
