namespace Riktning.Testing;

/// <summary>A request ReplayServer received: what was asked, with which body, and when (server clock, UTC).</summary>
/// <param name="Method">GET, POST …</param>
/// <param name="Path">The decoded path, <c>/api/v2/tables/TAB6471/data</c>.</param>
/// <param name="Query">The raw query string with its leading <c>?</c>, or empty.</param>
/// <param name="Body">The body as UTF-8 text, or empty.</param>
/// <param name="ReceivedAt">When the request arrived.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The query string decoded, for asserts that should not care how brackets and commas were escaped.</summary>
    public string DecodedQuery => Uri.UnescapeDataString(Query);
}
