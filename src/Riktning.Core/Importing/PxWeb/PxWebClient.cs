using System.Net.Http.Headers;
using Riktning.Importing.Sources;

namespace Riktning.Importing.PxWeb;

/// <summary>
/// HTTP client for the PxWeb API v1 protocol, which SCB (<c>api.scb.se/OV0104/v1/doris/sv/ssd/</c>) and SSB
/// (<c>data.ssb.no/api/v0/no/table/</c>) both speak: a GET on a table's URL returns its metadata, a POST of a
/// <see cref="PxWebQuery"/> to the same URL returns the data. HTTP only; parsing is JsonStat2Parser's and PxWebMetadataReader's.
/// </summary>
/// <param name="http">An HttpClient whose BaseAddress is the source's root, ending in a slash.</param>
/// <param name="transport">The source's shared rate limit and retry.</param>
public sealed class PxWebClient(HttpClient http, SourceTransport transport)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>GETs the metadata of a table: a path under the root, SCB's <c>BE/BE0101/BE0101A/BefolkningNy</c> or SSB's <c>07459</c>.</summary>
    public Task<SourceResponse> GetMetadataAsync(string tablePath, CancellationToken cancellationToken = default)
    {
        var url = TableUrl(tablePath);
        return transport.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
    }

    /// <summary>POSTs a query to a table and returns the answer in the format the query asks for (json-stat2 by default).</summary>
    public Task<SourceResponse> QueryAsync(string tablePath, PxWebQuery query, CancellationToken cancellationToken = default)
    {
        var url = TableUrl(tablePath);
        var body = query.ToJsonUtf8();
        return transport.SendAsync(
            http,
            () => new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) { Headers = { ContentType = Json } } },
            cancellationToken);
    }

    private static Uri TableUrl(string tablePath)
    {
        // A leading slash would make the path replace the base address's own path (…/doris/sv/ssd/) instead of extending it.
        var path = tablePath.Trim().TrimStart('/');
        return path.Length > 0 ? new Uri(path, UriKind.Relative) : throw new ArgumentException("A table path is required.", nameof(tablePath));
    }
}
