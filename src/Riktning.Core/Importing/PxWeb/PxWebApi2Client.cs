using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization;
using Riktning.Importing.Sources;

namespace Riktning.Importing.PxWeb;

/// <summary>
/// HTTP client for PxWebApi 2 as SCB (<c>statistikdatabasen.scb.se/api/v2/</c>) and SSB (<c>data.ssb.no/api/pxwebapi/v2/</c>)
/// run it. Endpoints and parameters follow PxTools/PxApiSpecs PxAPI-2.yml: <c>/config</c>; <c>/tables</c> with
/// <c>query</c>, <c>pageNumber</c>, <c>pageSize</c>, <c>lang</c>; <c>/tables/{id}/metadata</c>; <c>/tables/{id}/data</c>
/// by GET with <c>valueCodes[var]=a,b</c> and <c>codelist[var]=…</c> (spelled so in SCB's and SSB's own links and user
/// guide; the spec writes <c>valuecodes</c>, and the server reads either) or by POST of <c>{"selection":[…]}</c>.
/// HTTP only: the answers go to PxWebApi2Reader and JsonStat2Parser.
/// </summary>
/// <param name="http">An HttpClient whose BaseAddress is the API root, ending in a slash.</param>
/// <param name="transport">The source's shared rate limit and retry.</param>
public sealed class PxWebApi2Client(HttpClient http, SourceTransport transport)
{
    private const string JsonStat2 = "json-stat2";

    private static readonly JsonSerializerOptions BodyOptions = new(JsonSerializerOptions.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>GETs <c>/config</c>: maxDataCells, maxCallsPerTimeWindow, timeWindow and the formats offered.</summary>
    public Task<SourceResponse> GetConfigAsync(CancellationToken cancellationToken = default) => GetAsync("config", cancellationToken);

    /// <summary>Reads the server's <c>/config</c> and keeps to the call limit it states from then on.</summary>
    public async Task<PxWebApi2Config> ReadConfigAsync(CancellationToken cancellationToken = default)
    {
        var response = await GetConfigAsync(cancellationToken);
        var config = PxWebApi2Reader.ReadConfig(response.OpenRead(), response.Source);
        transport.AdoptServerLimit(config.MaxCallsPerTimeWindow, config.Window);
        return config;
    }

    /// <summary>GETs one page of <c>/tables</c>, all tables or those matching <paramref name="query"/>.</summary>
    public Task<SourceResponse> GetTablesAsync(
        string? query = null,
        int pageNumber = 1,
        int? pageSize = null,
        string? language = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var url = new StringBuilder("tables");
        var separator = '?';
        Append(url, ref separator, "query", query);
        Append(url, ref separator, "pageNumber", pageNumber.ToString(CultureInfo.InvariantCulture));
        Append(url, ref separator, "pageSize", pageSize?.ToString(CultureInfo.InvariantCulture));
        Append(url, ref separator, "lang", language);
        return GetAsync(url.ToString(), cancellationToken);
    }

    /// <summary>
    /// GETs every page of <c>/tables</c> in turn, reading each page's <c>page.totalPages</c> to know when to stop, and at
    /// most <paramref name="maxPages"/> of them (SCB lists over 4 000 tables at 20 a page).
    /// </summary>
    public async IAsyncEnumerable<SourceResponse> GetAllTablesAsync(
        string? query = null,
        int? pageSize = null,
        string? language = null,
        int maxPages = int.MaxValue,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var page = 1; page <= maxPages; page++)
        {
            var response = await GetTablesAsync(query, page, pageSize, language, cancellationToken);
            yield return response;
            using var stream = response.OpenRead();
            if (!PxWebApi2Reader.ReadTablesPage(stream, response.Source).HasNextPage)
            {
                yield break;
            }
        }
    }

    /// <summary>GETs <c>/tables/{id}/metadata</c> as json-stat2 with an empty <c>value</c>; JsonStat2Parser reads its dimensions.</summary>
    public Task<SourceResponse> GetMetadataAsync(string tableId, string? language = null, CancellationToken cancellationToken = default)
    {
        // outputFormat is named explicitly: json-stat2 is what SCB's and SSB's metadata links return, and naming it keeps
        // the answer the same if a service's default moves to its own json-px.
        return GetAsync(TableUrl(tableId, "metadata", language).ToString(), cancellationToken);
    }

    /// <summary>GETs <c>/tables/{id}/data</c> as json-stat2 with the selection in the query string; for short selections.</summary>
    public Task<SourceResponse> GetDataAsync(
        string tableId,
        IReadOnlyList<VariableSelection> selection,
        string? language = null,
        CancellationToken cancellationToken = default)
    {
        var url = TableUrl(tableId, "data", language);
        foreach (var variable in selection)
        {
            // Brackets and commas are left as they are, as in the sources' own links; codes are escaped one by one.
            var code = Uri.EscapeDataString(variable.VariableCode);
            url.Append("&valueCodes[").Append(code).Append("]=")
                .AppendJoin(',', variable.ValueCodes.Select(Uri.EscapeDataString));
            if (variable.CodeList is not null)
            {
                url.Append("&codelist[").Append(code).Append("]=").Append(Uri.EscapeDataString(variable.CodeList));
            }
        }

        return GetAsync(url.ToString(), cancellationToken);
    }

    /// <summary>POSTs a selection to <c>/tables/{id}/data</c> as json-stat2; no URL length limit, so splitting uses it.</summary>
    public Task<SourceResponse> PostDataAsync(
        string tableId,
        IReadOnlyList<VariableSelection> selection,
        string? language = null,
        CancellationToken cancellationToken = default)
    {
        var relative = new Uri(TableUrl(tableId, "data", language).ToString(), UriKind.Relative);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { selection }, BodyOptions);
        return transport.SendAsync(
            http,
            () => new HttpRequestMessage(HttpMethod.Post, relative) { Content = new ByteArrayContent(body) { Headers = { ContentType = Json } } },
            cancellationToken);
    }

    /// <summary>
    /// POSTs a selection of explicit codes in as many parts as <paramref name="maxDataCells"/> requires (see QuerySplitter),
    /// one after another so that the call limit is shared fairly, and yields each answer as it arrives.
    /// </summary>
    public async IAsyncEnumerable<SourceResponse> GetDataInPartsAsync(
        string tableId,
        IReadOnlyList<VariableSelection> selection,
        long maxDataCells,
        string? timeVariableCode = null,
        string? language = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var part in QuerySplitter.Split(selection, maxDataCells, timeVariableCode))
        {
            yield return await PostDataAsync(tableId, part, language, cancellationToken);
        }
    }

    private Task<SourceResponse> GetAsync(string relativeUrl, CancellationToken cancellationToken)
    {
        var url = new Uri(relativeUrl, UriKind.Relative);
        return transport.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
    }

    /// <summary><c>tables/{id}/{part}?outputFormat=json-stat2[&amp;lang=…]</c>; further parameters follow with '&amp;'.</summary>
    private static StringBuilder TableUrl(string tableId, string part, string? language)
    {
        var url = new StringBuilder(TablePath(tableId)).Append('/').Append(part);
        var separator = '?';
        Append(url, ref separator, "outputFormat", JsonStat2);
        Append(url, ref separator, "lang", language);
        return url;
    }

    private static string TablePath(string tableId) => string.IsNullOrWhiteSpace(tableId)
        ? throw new ArgumentException("A table id is required.", nameof(tableId))
        : "tables/" + Uri.EscapeDataString(tableId.Trim());

    private static void Append(StringBuilder url, ref char separator, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
        separator = '&';
    }
}
