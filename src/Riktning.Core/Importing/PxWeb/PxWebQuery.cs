namespace Riktning.Importing.PxWeb;

/// <summary>
/// The body of a PxWeb API v1 data request (SCB v1, SSB v0):
/// <c>{"query":[{"code":…,"selection":{"filter":…,"values":[…]}}],"response":{"format":"json-stat2"}}</c>.
/// Variables left out are eliminated (summed) by the source where the table allows it.
/// </summary>
public sealed record PxWebQuery(IReadOnlyList<PxWebQueryItem> Query, PxWebResponseFormat Response)
{
    /// <summary>A query for json-stat2, the format JsonStat2Parser reads. A factory, not a constructor, so that saved
    /// queries (SSB's "API-spørring" export) still deserialize through the one constructor.</summary>
    public static PxWebQuery ForJsonStat2(params IReadOnlyList<PxWebQueryItem> query) => new(query, PxWebResponseFormat.JsonStat2);

    /// <summary>The query as the JSON the source expects: camelCase names, UTF-8.</summary>
    public byte[] ToJsonUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, JsonSerializerOptions.Web);
}
