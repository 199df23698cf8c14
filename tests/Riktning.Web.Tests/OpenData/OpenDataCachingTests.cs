using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Web.Tests.OpenData;

/// <summary>ETags and Cache-Control on the API: a repeated request gets 304, and an import that changes the data changes the tag.</summary>
public sealed class OpenDataCachingTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "sysselsatta-20-65";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetObservations_IfNoneMatchAfterImport_Returns200WithNewContent(DatabaseProvider provider)
    {
        var client = site.Client(provider);
        var path = $"/api/measures/{Measure}/observations?region=SE-17";
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, [new ObservationRow("SE-17", "2024", "", 80.1, ValueStatus.Present)]);

        using var first = await client.GetAsync(path, Cancel);
        var etag = first.Headers.ETag;
        using var unchanged = await SendAsync(client, path, etag);
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, [new ObservationRow("SE-17", "2024", "", 80.7, ValueStatus.Present)]);
        using var afterImport = await SendAsync(client, path, etag);
        using var json = JsonDocument.Parse(await afterImport.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, afterImport.StatusCode);
        Assert.NotEqual(etag, afterImport.Headers.ETag);
        Assert.Equal(80.7, json.RootElement.GetProperty("rows")[0].GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetObservations_DifferentQueryOrFormat_HasDifferentETag(DatabaseProvider provider)
    {
        var client = site.Client(provider);
        var path = $"/api/measures/{Measure}/observations";

        using var all = await client.GetAsync(path, Cancel);
        using var filtered = await client.GetAsync($"{path}?region=SE-1780", Cancel);
        using var csv = await SendAsync(client, $"{path}?format=csv", all.Headers.ETag);

        Assert.NotEqual(all.Headers.ETag, filtered.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.NotEqual(all.Headers.ETag, csv.Headers.ETag);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "/api/strategy")]
    [InlineData(DatabaseProvider.Postgres, "/api/indicators/hallbar-arbetsmarknad-saknas")]
    [InlineData(DatabaseProvider.Postgres, "/api/measures/sysselsatta-20-65")]
    public async Task Get_DefinitionWithCurrentETag_Returns304OrProblem(DatabaseProvider provider, string path)
    {
        var client = site.Client(provider);

        using var first = await client.GetAsync(path, Cancel);
        using var second = await SendAsync(client, path, first.Headers.ETag);

        if (first.StatusCode == HttpStatusCode.NotFound)
        {
            Assert.Null(first.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.Equal("public, max-age=60", second.Headers.CacheControl?.ToString());
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, EntityTagHeaderValue? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        return await client.SendAsync(request, Cancel);
    }
}
