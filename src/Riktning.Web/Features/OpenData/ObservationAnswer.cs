using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// One observations answer as it goes on the wire: the body serialised once, its Brotli and gzip forms (null when not
/// worth sending: xlsx is zip already), the headers that describe it and its tag, and where the next page starts when
/// the selection goes on. Serving it again is a memory copy.
/// </summary>
public sealed record ObservationAnswer(
    EntityTagHeaderValue ETag,
    string ContentType,
    string? ContentDisposition,
    byte[] Body,
    byte[]? Brotli,
    byte[]? Gzip,
    int? NextOffset = null,
    bool Streamed = false)
{
    /// <summary>
    /// What is kept for a selection larger than <see cref="Shared.LimitSettings.ApiCachedRows"/>: no body, only the fact,
    /// so that the next request streams from the store at once instead of reading the first rows again.
    /// </summary>
    public static ObservationAnswer Streaming(EntityTagHeaderValue tag) => new(tag, "", null, [], null, null, null, Streamed: true);

    /// <summary>The ETag header's value, written once per answer instead of once per request.</summary>
    public string ETagText { get; } = ETag.ToString();

    /// <summary>What the answer holds in memory, for the cache's size limit.</summary>
    public long Size => Body.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);

    /// <summary>
    /// The form to send for a request's <c>Accept-Encoding</c>: Brotli, then gzip, as the response compression
    /// middleware prefers them for the pages, unless the client ranks them otherwise or refuses them (q=0).
    /// </summary>
    public (byte[] Body, string? Encoding) Encoded(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return (Body, null);
        }

        double? brotli = null, gzip = null, any = null;
        foreach (var coding in codings)
        {
            // Content codings are case-insensitive tokens (RFC 9110, 8.4.1).
            var quality = coding.Quality ?? 1;
            if (coding.Value.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                brotli = quality;
            }
            else if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (coding.Value.Equals("*", StringComparison.Ordinal))
            {
                any = quality;
            }
        }

        var brotliQuality = Brotli is null ? 0 : brotli ?? any ?? 0;
        var gzipQuality = Gzip is null ? 0 : gzip ?? any ?? 0;
        return brotliQuality > 0 && brotliQuality >= gzipQuality ? (Brotli!, "br")
            : gzipQuality > 0 ? (Gzip!, "gzip")
            : (Body, null);
    }
}
