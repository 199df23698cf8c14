using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// ETags and caching headers for the API. The tag is a hash of what the answer depends on (for observations: the
/// store's newest import batch, the strategy revision and the request's path, query and
/// format), so an import that changes the data changes the tag and no cache serves the old answer as fresh.
/// </summary>
public static class ConditionalGet
{
    public const string CacheControl = "public, max-age=60";

    /// <summary>Sets ETag, Cache-Control and Vary; true when the client's <c>If-None-Match</c> already has this version.</summary>
    public static bool IsNotModified(HttpContext context, string version)
    {
        var seed = $"{version}|{context.Request.Path}{context.Request.QueryString}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"", isWeak: true);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers.Vary = "Accept";
        var match = context.Request.GetTypedHeaders().IfNoneMatch;
        return match.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(tag, useStrongComparison: false));
    }
}
