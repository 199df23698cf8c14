using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.OpenData;

/// <summary>
/// The cache of finished observations answers: a repeated request gets the same bytes without reading the store, an
/// import made by another process is seen after the store-version interval, and every content coding carries the same body.
/// </summary>
public sealed class OpenDataAnswerCacheTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "folkmangd-20-64";

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_Repeated_ReturnsIdenticalBytesFromTheCache(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);
        var path = $"/api/measures/{Measure}/observations?region=SE-17&region=SE-1780";

        using var first = await client.GetAsync(path, Cancel);
        var firstBytes = await first.Content.ReadAsByteArrayAsync(Cancel);
        // An answer is kept from the second time its selection is asked for.
        using var again = await client.GetAsync(path, Cancel);
        // A change behind the importer's back stores no batch, so the store version stays and only a cache explains an
        // unchanged answer.
        await ChangeValuesBehindTheImporterAsync(provider);

        using var second = await client.GetAsync(path, Cancel);
        // The same selection asked in another order is the same answer.
        using var reordered = await client.GetAsync($"/api/measures/{Measure}/observations?region=SE-1780&region=SE-17&region=SE-1780", Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(firstBytes, await second.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(firstBytes, await reordered.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(first.Headers.ETag, reordered.Headers.ETag);
        Assert.Equal("application/json; charset=utf-8", second.Content.Headers.ContentType?.ToString());
        Assert.Equal(firstBytes.Length, second.Content.Headers.ContentLength);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_AskedOnce_IsNotKept(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);
        var path = $"/api/measures/{Measure}/observations?region=SE-1780";

        var first = await client.GetStringAsync(path, Cancel);
        await ChangeValuesBehindTheImporterAsync(provider);
        var second = await client.GetStringAsync(path, Cancel);

        // A one-off selection is built and dropped (a burst of them would otherwise fill the GC's oldest generation):
        // the second request reads the store again and sees the changed values.
        Assert.DoesNotContain("\"value\":1,", first, StringComparison.Ordinal);
        Assert.Contains("\"value\":1,", second, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_CachedWithCurrentETag_Returns304WithCachingHeaders(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);
        var path = $"/api/measures/{Measure}/observations?format=csv";

        using var first = await client.GetAsync(path, Cancel);
        using var cached = await client.GetAsync(path, Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(first.Headers.ETag, notModified.Headers.ETag);
        Assert.Equal("public, max-age=60", notModified.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept", "Accept-Encoding"], notModified.Headers.Vary);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_EachContentCoding_CarriesTheSameBody(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);

        foreach (var format in new[] { "json", "json-stat2", "csv" })
        {
            var path = $"/api/measures/{Measure}/observations?format={format}";
            var (identity, identityCoding) = await GetAsync(client, path, null);
            var (gzip, gzipCoding) = await GetAsync(client, path, "gzip");
            var (brotli, brotliCoding) = await GetAsync(client, path, "gzip;q=0.8, br");
            var (refused, refusedCoding) = await GetAsync(client, path, "br;q=0, gzip;q=0");

            Assert.Null(identityCoding);
            Assert.Equal("gzip", gzipCoding);
            Assert.Equal("br", brotliCoding);
            Assert.Null(refusedCoding);
            Assert.NotEmpty(identity);
            Assert.Equal(identity, Decompress(gzip, s => new GZipStream(s, CompressionMode.Decompress)));
            Assert.Equal(identity, Decompress(brotli, s => new BrotliStream(s, CompressionMode.Decompress)));
            Assert.Equal(identity, refused);
        }
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_ImportByAnotherProcess_IsSeenAfterTheVersionInterval(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new RiktningWebFactory(database);
        // Zero: every request asks the store for its version, as the bounded staleness ends at once.
        await using var immediate = factory.WithWebHostBuilder(b => b.UseSetting("Riktning:StoreVersionCheckInterval", "00:00:00"));
        // An hour: another process's import stays invisible to this instance for the whole test.
        await using var hourly = factory.WithWebHostBuilder(b => b.UseSetting("Riktning:StoreVersionCheckInterval", "01:00:00"));
        var path = $"/api/measures/{Measure}/observations?region=SE-17";
        var fresh = immediate.CreateClient();
        var stale = hourly.CreateClient();
        await OpenDataSeed.ImportAsync(immediate.Services, Measure, [new ObservationRow("SE-17", "2024", "", 80.1, ValueStatus.Present)]);

        using var before = await fresh.GetAsync(path, Cancel);
        using var staleBefore = await stale.GetAsync(path, Cancel);
        // Asked for twice, so the answer is kept (a selection asked for once is not).
        using var staleKept = await stale.GetAsync(path, Cancel);
        await ImportInAnotherProcessAsync(database, [new ObservationRow("SE-17", "2024", "", 80.7, ValueStatus.Present)]);
        using var after = await fresh.GetAsync(path, Cancel);
        using var staleAfter = await stale.GetAsync(path, Cancel);

        Assert.Contains("80.1", await before.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Contains("80.7", await after.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(await staleBefore.Content.ReadAsStringAsync(Cancel), await staleAfter.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(staleBefore.Headers.ETag, staleAfter.Headers.ETag);
    }

    /// <summary>An import through services of their own, like the command line's: this site's importer never hears of it.</summary>
    private static async Task ImportInAnotherProcessAsync(TestDatabase database, ObservationRow[] rows)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build();
        await using var services = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        await OpenDataSeed.ImportAsync(services, Measure, rows);
    }

    private static async Task<(byte[] Body, string? Coding)> GetAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        return (await response.Content.ReadAsByteArrayAsync(Cancel), response.Content.Headers.ContentEncoding.SingleOrDefault());
    }

    private static byte[] Decompress(byte[] compressed, Func<Stream, Stream> decompressor)
    {
        using var output = new MemoryStream();
        using (var input = decompressor(new MemoryStream(compressed)))
        {
            input.CopyTo(output);
        }

        return output.ToArray();
    }

    private async Task ChangeValuesBehindTheImporterAsync(DatabaseProvider provider)
    {
        await using var scope = site.Services(provider).CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RiktningDb>().Observations
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Value, 1.0), Cancel);
    }
}
