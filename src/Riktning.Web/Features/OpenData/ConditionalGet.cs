using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// ETags and caching headers for the API. The tag is a hash of what the answer depends on (for observations: the
/// store's newest import batch, the strategy revision, the measure and the normalised filter and format), so an import
/// that changes the data changes the tag and no cache serves the old answer as fresh.
/// </summary>
public static class ConditionalGet
{
    public const string CacheControl = "public, max-age=60";

    /// <summary>A weak tag for an answer that depends on <paramref name="seed"/>; the same seed gives the same tag in every instance.</summary>
    public static EntityTagHeaderValue Tag(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"", isWeak: true);
    }

    /// <summary>Sets ETag, Cache-Control and Vary for an answer that depends on <paramref name="version"/> and the request's path and query.</summary>
    /// <returns>True when the client's <c>If-None-Match</c> already has this version.</returns>
    public static bool IsNotModified(HttpContext context, string version) =>
        IsNotModified(context, Tag($"{version}|{context.Request.Path}{context.Request.QueryString}"), "Accept");

    /// <summary>Sets ETag, Cache-Control and <paramref name="vary"/>; true when the client's <c>If-None-Match</c> already has <paramref name="tag"/>.</summary>
    public static bool IsNotModified(HttpContext context, EntityTagHeaderValue tag, string vary) => IsNotModified(context, tag, tag.ToString(), vary);

    /// <summary>The same, with the tag already written out (<paramref name="tagText"/>): a kept answer writes it once, not per request.</summary>
    public static bool IsNotModified(HttpContext context, EntityTagHeaderValue tag, string tagText, string vary)
    {
        var headers = context.Response.Headers;
        headers.ETag = tagText;
        headers.CacheControl = CacheControl;
        headers.Vary = vary;
        return context.Request.Headers.IfNoneMatch.Count > 0
            && context.Request.GetTypedHeaders().IfNoneMatch.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(tag, useStrongComparison: false));
    }
}
