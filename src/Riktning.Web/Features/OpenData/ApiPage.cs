namespace Riktning.Web.Features.OpenData;

/// <summary>
/// Which rows of a selection one answer holds: at most <see cref="Limit"/> rows after skipping <see cref="Offset"/>. Every
/// list of the API is paged the same way: <c>limit</c> from 1 to <c>Riktning:Limits:ApiMaxRows</c> (also the default),
/// <c>offset</c> from 0, a <c>Link: rel="next"</c> header when more rows follow, and 400 naming the cap when a request
/// asks for more.
/// </summary>
public sealed record ApiPage(int Limit, int Offset)
{
    public static (ApiPage? Page, ParameterProblem? Problem) Parse(string? limit, string? offset, int maxRows)
    {
        var rows = maxRows;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out rows) || rows < 1))
        {
            return (null, new("limit", $"'{limit}' is not a number of rows from 1 to {maxRows}."));
        }

        if (rows > maxRows)
        {
            return (null, new("limit", $"'limit' is {rows}, but an answer holds at most {maxRows} rows; ask for the rest with 'offset' (the answer's Link header names the next page)."));
        }

        var skip = 0;
        if (offset is not null && !int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out skip))
        {
            return (null, new("offset", $"'{offset}' is not a number of rows to skip (0 or more)."));
        }

        return (new ApiPage(rows, skip), null);
    }

    /// <summary>The offset of the page after this one.</summary>
    public int Next => Offset + Limit;

    /// <summary>This page of <paramref name="all"/>, and whether rows follow it.</summary>
    public (IReadOnlyList<T> Rows, bool HasMore) Of<T>(IReadOnlyList<T> all) =>
        ([.. all.Skip(Offset).Take(Limit)], all.Count > Offset + Limit);

    /// <summary>Sets the <c>Link: rel="next"</c> header: the request's own address with the next offset.</summary>
    public static void LinkNext(HttpContext context, int next)
    {
        var query = context.Request.Query.Where(q => q.Key is not "offset").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)));
        var link = QueryString.Create(query.Append(KeyValuePair.Create("offset", (string?)next.ToString(CultureInfo.InvariantCulture))));
        context.Response.Headers.Link = $"<{context.Request.PathBase}{context.Request.Path}{link}>; rel=\"next\"";
    }
}
