using System.Runtime.CompilerServices;
using Riktning.Importing.Sources;

namespace Riktning.Importing.Kolada;

/// <summary>
/// HTTP client for Kolada's API v3 (<c>https://api.kolada.se/v3/</c>). Ids go in the path, comma-separated:
/// <c>/kpi/{ids}</c> for KPI metadata and <c>/data/kpi/{kpis}/municipality/{ids}[/year/{years}]</c> for values. Answers
/// come in pages of up to 5 000 (<c>per_page</c>), each naming the next in <c>next_page</c> (v2) or <c>next_url</c> (v3).
/// Kolada's own v3 reference was not available to us; paths, paging and page size are as public v3 clients use them,
/// and one of them reports HTTP 422 for 33 municipalities in one path, which is why ids go at most 25 per segment.
/// HTTP only: KoladaValuesParser reads the pages.
/// </summary>
/// <param name="http">An HttpClient whose BaseAddress is the API root, ending in a slash.</param>
/// <param name="transport">The source's shared retry (Kolada publishes no call limit, but answers 429).</param>
public sealed class KoladaClient(HttpClient http, SourceTransport transport)
{
    /// <summary>The most ids one path segment carries.</summary>
    public const int MaxIdsPerSegment = 25;

    /// <summary>The page size asked for, Kolada's maximum.</summary>
    public const int PageSize = 5000;

    /// <summary>GETs the metadata of these KPIs, every page, at most <see cref="MaxIdsPerSegment"/> ids per call.</summary>
    public async IAsyncEnumerable<SourceResponse> GetKpisAsync(
        IEnumerable<string> kpiIds,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var kpis in Segments(kpiIds, nameof(kpiIds)))
        {
            await foreach (var page in GetPagesAsync($"kpi/{kpis}", cancellationToken))
            {
                yield return page;
            }
        }
    }

    /// <summary>
    /// GETs the values of these KPIs for these municipalities (Kolada's ids: <c>1780</c> for Karlstad, <c>0017</c> for
    /// Region Värmland, <c>0000</c> for Sweden) and, if given, years: every page of every call, with long id lists split
    /// into several calls of at most <see cref="MaxIdsPerSegment"/> per segment.
    /// </summary>
    public async IAsyncEnumerable<SourceResponse> GetValuesAsync(
        IEnumerable<string> kpiIds,
        IEnumerable<string> municipalityIds,
        IEnumerable<int>? years = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var municipalitySegments = Segments(municipalityIds, nameof(municipalityIds));
        string?[] yearSegments = years is null
            ? [null]
            : [.. Segments(years.Select(y => y.ToString(CultureInfo.InvariantCulture)), nameof(years))];
        foreach (var kpis in Segments(kpiIds, nameof(kpiIds)))
        {
            foreach (var municipalities in municipalitySegments)
            {
                foreach (var yearSegment in yearSegments)
                {
                    var path = $"data/kpi/{kpis}/municipality/{municipalities}" + (yearSegment is null ? "" : $"/year/{yearSegment}");
                    await foreach (var page in GetPagesAsync(path, cancellationToken))
                    {
                        yield return page;
                    }
                }
            }
        }
    }

    /// <summary>GETs one page by its absolute URL, as a previous page named it; it must lie under the API root.</summary>
    public Task<SourceResponse> GetPageAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var root = Root;
        var absolute = url.IsAbsoluteUri ? url : new Uri(root, url);

        // The link comes from the answer; following it off Kolada's host would send our traffic wherever a response says.
        if (!root.IsBaseOf(absolute))
        {
            throw new StatisticsSourceException($"{transport.Source}: the next page {absolute} is not under {root}.");
        }

        return transport.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, absolute), cancellationToken);
    }

    private Uri Root => http.BaseAddress ?? throw new InvalidOperationException("KoladaClient needs an HttpClient with a BaseAddress.");

    private async IAsyncEnumerable<SourceResponse> GetPagesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? url = new(Root, $"{path}?per_page={PageSize.ToString(CultureInfo.InvariantCulture)}");
        while (url is not null)
        {
            var page = await GetPageAsync(url, cancellationToken);
            yield return page;
            url = NextPage(page);
        }
    }

    // Only the link is read here; the values are KoladaValuesParser's, once, by whoever imports them.
    private Uri? NextPage(SourceResponse page)
    {
        try
        {
            using var document = JsonDocument.Parse(page.Content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var name in (ReadOnlySpan<string>)["next_page", "next_url"])
            {
                if (root.TryGetProperty(name, out var link) && link.ValueKind == JsonValueKind.String && link.GetString() is { Length: > 0 } next)
                {
                    return new Uri(page.Url, next);
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            throw new ImportFormatException($"{page.Source}: malformed JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        catch (UriFormatException e)
        {
            throw new StatisticsSourceException($"{transport.Source}: {page.Url} names a next page that is not a URL: {e.Message}", e);
        }
    }

    private static List<string> Segments(IEnumerable<string> ids, string parameter)
    {
        var distinct = ids.Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            throw new ArgumentException("At least one id is required.", parameter);
        }

        return [.. distinct.Chunk(MaxIdsPerSegment).Select(chunk => string.Join(',', chunk.Select(Uri.EscapeDataString)))];
    }
}
