using Riktning.Importing.Kolada;
using Riktning.Importing.Sources;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class KoladaClientTests : IAsyncLifetime
{
    private const string Root = "/v3/";
    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetValuesAsync_TwoPages_FollowsNextPageAndParsesBoth()
    {
        const string path = Root + "data/kpi/N01951/municipality/1780,0017/year/2021,2022";
        var next = server.Url("v3/data/kpi/N01951/municipality/1780,0017/year/2021,2022?page=2&per_page=5000");
        server.ServeText("GET", path, Page("1780", 96466, null)).WhenQuery("page", "2");
        server.ServeText("GET", path, Page("1780", 95356, next.ToString()));
        using var transport = FastRetries.Transport("Kolada");
        using var http = Http();

        var pages = await new KoladaClient(http, transport).GetValuesAsync(["N01951"], ["1780", "0017"], [2021, 2022], Cancel).ToListAsync(Cancel);

        Assert.Equal(2, pages.Count);
        Assert.Equal(["?per_page=5000", "?page=2&per_page=5000"], server.Requests.Select(r => r.Query));
        var values = pages.SelectMany(p => KoladaValuesParser.Parse(p.OpenRead(), p.Source).Values).Select(v => v.Value);
        Assert.Equal([95356.0, 96466.0], values);
    }

    [Fact]
    public async Task GetValuesAsync_ThirtyMunicipalities_SplitsIntoTwentyFiveAndFive()
    {
        var ids = Enumerable.Range(1, 30).Select(i => (1700 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        server.ServeText("GET", Root + "data/kpi/N01951/municipality/" + string.Join(',', ids[..25]), Page("1701", 1, null));
        server.ServeText("GET", Root + "data/kpi/N01951/municipality/" + string.Join(',', ids[25..]), Page("1726", 2, null));
        using var transport = FastRetries.Transport("Kolada");
        using var http = Http();

        var pages = await new KoladaClient(http, transport).GetValuesAsync(["N01951"], ids, cancellationToken: Cancel).ToListAsync(Cancel);

        Assert.Equal(2, pages.Count);
        Assert.Equal([25, 5], server.Requests.Select(r => r.Path.Split('/')[^1].Split(',').Length));
    }

    [Fact]
    public async Task GetKpisAsync_TooManyRequestsOnce_BacksOffAndGetsTheMetadata()
    {
        server.ServeText("GET", Root + "kpi/N01951,N00945", """{"count":2,"values":[{"id":"N01951"},{"id":"N00945"}]}""").FailFirst(1, 429, retryAfter: "0");
        using var transport = FastRetries.Transport("Kolada");
        using var http = Http();

        var pages = await new KoladaClient(http, transport).GetKpisAsync(["N01951", "N00945", "N01951"], Cancel).ToListAsync(Cancel);

        Assert.Single(pages);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task GetValuesAsync_NextPageOnAnotherHost_IsNotFollowed()
    {
        server.ServeText("GET", Root + "data/kpi/N01951/municipality/1780", Page("1780", 1, "https://example.org/v3/data?page=2"));
        using var transport = FastRetries.Transport("Kolada");
        using var http = Http();

        var error = await Assert.ThrowsAsync<StatisticsSourceException>(async () =>
            await new KoladaClient(http, transport).GetValuesAsync(["N01951"], ["1780"], cancellationToken: Cancel).ToListAsync(Cancel));

        Assert.Equal($"Kolada: the next page https://example.org/v3/data?page=2 is not under {server.Url("v3/")}.", error.Message);
        Assert.Single(server.Requests);
    }

    // Written after Kolada's documented /data shape (as KoladaValuesParserTests); no real v3 page is in shared/data.
    private static string Page(string municipality, double value, string? nextPage) => $$"""
        {"count": 1,
         "values": [{"kpi": "N01951", "municipality": "{{municipality}}", "period": 2022,
                     "values": [{"gender": "T", "count": 1, "status": "", "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]}],
         "next_url": {{(nextPage is null ? "null" : $"\"{nextPage}\"")}}}
        """;

    private HttpClient Http() => new() { BaseAddress = server.Url(Root.TrimStart('/')) };
}
