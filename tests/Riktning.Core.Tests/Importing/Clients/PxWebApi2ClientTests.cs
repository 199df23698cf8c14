using System.Text.Json.Nodes;
using Riktning.Importing.JsonStat;
using Riktning.Importing.PxWeb;
using Riktning.Importing.Sources;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class PxWebApi2ClientTests : IAsyncLifetime
{
    private const string Root = "/api/v2/";
    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetConfigAsync_ScbSample_ReturnsTheConfigToRead()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json"));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();

        var response = await new PxWebApi2Client(http, transport).GetConfigAsync(Cancel);

        using var stream = response.OpenRead();
        Assert.Equal(150000, PxWebApi2Reader.ReadConfig(stream, response.Source).MaxDataCells);
        Assert.Equal(Root + "config", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task GetTablesAsync_Search_SendsQueryPageAndLanguage()
    {
        server.ServeFile("GET", Root + "tables", RepositoryPaths.SharedData("scb", "v2", "tables_search.json"));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();

        var pages = await new PxWebApi2Client(http, transport).GetAllTablesAsync("befolkning och år", pageSize: 20, language: "sv", cancellationToken: Cancel).ToListAsync(Cancel);

        Assert.Single(pages);
        Assert.Equal("?query=befolkning%20och%20%C3%A5r&pageNumber=1&pageSize=20&lang=sv", Assert.Single(server.Requests).Query);
    }

    [Fact]
    public async Task GetAllTablesAsync_ManyPages_FollowsPageNumbersUpToTheLimit()
    {
        server.ServeFile("GET", Root + "tables", RepositoryPaths.SharedData("scb", "v2", "tables.json"));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();

        var pages = await new PxWebApi2Client(http, transport).GetAllTablesAsync(maxPages: 3, cancellationToken: Cancel).ToListAsync(Cancel);

        Assert.Equal(3, pages.Count);
        Assert.Equal(["?pageNumber=1", "?pageNumber=2", "?pageNumber=3"], server.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task GetMetadataAsync_Tab6471_GivesDimensionsToSplitBy()
    {
        server.ServeFile("GET", Root + "tables/TAB6471/metadata", RepositoryPaths.SharedData("scb", "v2", "TAB6471_metadata_jsonstat2.json"));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();

        var response = await new PxWebApi2Client(http, transport).GetMetadataAsync("TAB6471", "sv", Cancel);

        var metadata = JsonStat2Parser.Parse(response.Content, response.Source);
        Assert.Equal([312, 134, 3, 1, 16], metadata.Dimensions.Select(d => d.Categories.Count));
        Assert.Equal("?outputFormat=json-stat2&lang=sv", Assert.Single(server.Requests).Query);
    }

    [Fact]
    public async Task GetDataAsync_Selection_PutsValueCodesAndCodeListsInTheQueryString()
    {
        server.ServeFile("GET", Root + "tables/TAB6471/data", RepositoryPaths.SharedData("scb", "v2", "TAB6471_data_jsonstat2.json"));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();
        VariableSelection[] selection =
        [
            new("Region", ["17", "1780"], "vs_CKM03Kommun"),
            new("Tid", "2026M01", "2026M02"),
        ];

        var response = await new PxWebApi2Client(http, transport).GetDataAsync("TAB6471", selection, cancellationToken: Cancel);

        Assert.Equal(
            "?outputFormat=json-stat2&valueCodes[Region]=17,1780&codelist[Region]=vs_CKM03Kommun&valueCodes[Tid]=2026M01,2026M02",
            Assert.Single(server.Requests).DecodedQuery);
        Assert.Equal(4, JsonStat2Parser.Parse(response.Content, response.Source).DimensionWithRole(Riktning.Importing.DimensionRole.Time)!.Categories.Count);
    }

    [Fact]
    public async Task GetDataInPartsAsync_OverTheCellLimit_PostsEveryPartOnce()
    {
        server.ServeFile("POST", Root + "tables/TAB6471/data", RepositoryPaths.SharedData("scb", "v2", "TAB6471_data_jsonstat2.json"));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();
        var regions = Enumerable.Range(1, 30).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        VariableSelection[] selection = [new("Region", regions), new("Kon", "1", "2"), new("Tid", "2026M01", "2026M02")];

        // 120 cells at most 50 a call: 12 regions × 2 × 2 = 48, so three parts of 10 regions.
        var answers = await new PxWebApi2Client(http, transport).GetDataInPartsAsync("TAB6471", selection, 50, "Tid", "sv", Cancel).ToListAsync(Cancel);

        Assert.Equal(3, answers.Count);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("?outputFormat=json-stat2&lang=sv", r.Query));
        var bodies = server.Requests.Select(r => JsonNode.Parse(r.Body)!["selection"]!.AsArray()).ToList();
        Assert.Equal(regions, bodies.SelectMany(b => b[0]!["valueCodes"]!.AsArray().Select(c => c!.GetValue<string>())));
        Assert.All(bodies, b => Assert.Equal("""{"variableCode":"Tid","valueCodes":["2026M01","2026M02"]}""", b[2]!.ToJsonString()));
    }

    [Fact]
    public async Task SendAsync_TwoTooManyRequests_RetriesAndSucceeds()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json")).FailFirst(2, 429, retryAfter: "0");
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();

        var response = await new PxWebApi2Client(http, transport).GetConfigAsync(Cancel);

        Assert.NotEmpty(response.Content);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterOneSecond_WaitsForIt()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json")).FailFirst(1, 429, retryAfter: "1");
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();

        await new PxWebApi2Client(http, transport).GetConfigAsync(Cancel);

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), $"{requests[1].ReceivedAt - requests[0].ReceivedAt}");
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailableEveryTime_ThrowsNamingUrlAndAttempts()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json")).FailFirst(10, 503);
        using var transport = FastRetries.Transport("ScbApi2", FastRetries.Options(maxAttempts: 3));
        using var http = Http();

        var error = await Assert.ThrowsAsync<StatisticsSourceException>(() => new PxWebApi2Client(http, transport).GetConfigAsync(Cancel));

        Assert.Equal($"ScbApi2: GET {server.Url("api/v2/config")} gave up after 3 attempts; the last answered 503 Service Unavailable: scripted failure 503", error.Message);
        Assert.Equal((3, 503), (error.Attempts, error.StatusCode));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_NotFound_FailsAtOnce()
    {
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();

        var error = await Assert.ThrowsAsync<StatisticsSourceException>(() => new PxWebApi2Client(http, transport).GetMetadataAsync("TAB0000", cancellationToken: Cancel));

        Assert.Equal((1, 404), (error.Attempts, error.StatusCode));
        Assert.StartsWith($"ScbApi2: GET {server.Url("api/v2/tables/TAB0000/metadata")}", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_AnswerSlowerThanTheTimeout_ThrowsAfterEveryAttemptTimedOut()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json")).DelayFirst(5, TimeSpan.FromSeconds(10));
        using var transport = FastRetries.Transport("ScbApi2", FastRetries.Options(maxAttempts: 2, timeout: TimeSpan.FromMilliseconds(300)));
        using var http = Http();

        var error = await Assert.ThrowsAsync<StatisticsSourceException>(() => new PxWebApi2Client(http, transport).GetConfigAsync(Cancel));

        Assert.Equal($"ScbApi2: GET {server.Url("api/v2/config")} gave up after 2 attempts; the last timed out after 0.3 s", error.Message);
        Assert.Null(error.StatusCode);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_ThrowsAfterTheAttemptsNamingTheNetworkError()
    {
        // A port that was just listening and is now closed; the OS hands out fresh ephemeral ports before reusing it.
        var stopped = await ReplayServer.StartAsync();
        var closed = stopped.Url("api/v2/");
        await stopped.DisposeAsync();
        using var transport = FastRetries.Transport("ScbApi2", FastRetries.Options(maxAttempts: 2));
        using var http = new HttpClient { BaseAddress = closed };

        var error = await Assert.ThrowsAsync<StatisticsSourceException>(() => new PxWebApi2Client(http, transport).GetConfigAsync(Cancel));

        Assert.StartsWith($"ScbApi2: GET {closed}config gave up after 2 attempts; the last failed: ", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_IsNotRetriedOrWrapped()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json")).DelayFirst(5, TimeSpan.FromSeconds(10));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PxWebApi2Client(http, transport).GetConfigAsync(cancel.Token));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_ThreeCallsPerSecond_SpacesTheFourthASecondAfterTheFirst()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json"));
        var options = FastRetries.Options();
        options.MaxCallsPerTimeWindow = 3;
        options.TimeWindow = TimeSpan.FromSeconds(1);
        using var transport = FastRetries.Transport("ScbApi2", options);
        using var http = Http();
        var client = new PxWebApi2Client(http, transport);

        await Task.WhenAll(Enumerable.Range(0, 7).Select(_ => client.GetConfigAsync(Cancel)));

        // Loosely: server clocks see network jitter, but no four calls may fall within much less than a second.
        var times = server.Requests.Select(r => r.ReceivedAt).Order().ToList();
        Assert.Equal(7, times.Count);
        for (var i = 0; i + 3 < times.Count; i++)
        {
            Assert.True(times[i + 3] - times[i] >= TimeSpan.FromMilliseconds(900), $"calls {i} and {i + 3}: {times[i + 3] - times[i]}");
        }
    }

    [Fact]
    public async Task ReadConfigAsync_ServerStatesThreeCallsPerSecond_KeepsToItWithoutASetting()
    {
        server.ServeFile("GET", Root + "config", RepositoryPaths.SharedData("scb", "v2", "config.json"));
        using var transport = FastRetries.Transport("ScbApi2");
        using var http = Http();
        var client = new PxWebApi2Client(http, transport);

        var config = await client.ReadConfigAsync(Cancel);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetConfigAsync(Cancel)));

        Assert.Equal((150000, 3, 1), (config.MaxDataCells, config.MaxCallsPerTimeWindow, config.TimeWindow));
        var times = server.Requests.Skip(1).Select(r => r.ReceivedAt).Order().ToList();
        for (var i = 0; i + 3 < times.Count; i++)
        {
            Assert.True(times[i + 3] - times[i] >= TimeSpan.FromMilliseconds(900), $"calls {i} and {i + 3}: {times[i + 3] - times[i]}");
        }
    }

    private HttpClient Http() => new() { BaseAddress = server.Url(Root.TrimStart('/')) };
}
