using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.OpenData;

/// <summary>
/// Observation answers larger than what is kept (<c>Riktning:Limits:ApiCachedRows</c>) are written while read and are
/// the same bytes as a kept answer; a selection that is kept is built once however many ask for it at once.
/// </summary>
public sealed class OpenDataStreamingTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "folkmangd-20-64";

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_LargerThanTheCachedRows_StreamsTheCompleteAnswer(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        await using var streaming = site.Factory(provider).WithWebHostBuilder(b => b.UseSetting("Riktning:Limits:ApiCachedRows", "2"));
        var kept = site.Client(provider);
        var streamed = streaming.CreateClient();

        foreach (var query in new[] { "", "?format=csv" })
        {
            var path = $"/api/measures/{Measure}/observations{query}";
            // Headers only at first: a buffered content would report the length it counted.
            using var whole = await kept.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, Cancel);
            using var written = await streamed.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, Cancel);
            var wholeLength = whole.Content.Headers.ContentLength;
            var writtenLength = written.Content.Headers.ContentLength;
            using var again = await streamed.GetAsync(path, Cancel);

            Assert.Equal(HttpStatusCode.OK, written.StatusCode);
            Assert.Equal(await whole.Content.ReadAsByteArrayAsync(Cancel), await written.Content.ReadAsByteArrayAsync(Cancel));
            Assert.Equal(await whole.Content.ReadAsByteArrayAsync(Cancel), await again.Content.ReadAsByteArrayAsync(Cancel));
            // A kept answer has a length; a streamed one is sent in chunks as it is written.
            Assert.NotNull(wholeLength);
            Assert.Null(writtenLength);
            Assert.Equal(whole.Content.Headers.ContentType, written.Content.Headers.ContentType);
            Assert.Equal(whole.Headers.ETag, written.Headers.ETag);
        }

        using var page = await streamed.GetAsync($"/api/measures/{Measure}/observations?limit=4", HttpCompletionOption.ResponseHeadersRead, Cancel);
        var pageLength = page.Content.Headers.ContentLength;
        var link = page.Headers.GetValues("Link").Single();
        using var rest = await streamed.GetAsync(link.Split('>')[0].TrimStart('<'), Cancel);
        Assert.Contains("offset=4", link, StringComparison.Ordinal);
        Assert.Null(pageLength);
        Assert.Equal(4, System.Text.Json.JsonDocument.Parse(await page.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("rows").GetArrayLength());
        Assert.Single(System.Text.Json.JsonDocument.Parse(await rest.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("rows").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_TwoConcurrentMisses_BuildTheAnswerOnce(DatabaseProvider provider)
    {
        var reads = new ObservationReads();
        await using var counted = site.Factory(provider).WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteRiktningDb>((_, o) => o.AddInterceptors(reads));
            services.ConfigureDbContext<PostgresRiktningDb>((_, o) => o.AddInterceptors(reads));
        }));
        await OpenDataSeed.ImportAsync(counted.Services, Measure, OpenDataSeed.Population);
        var client = counted.CreateClient();
        // A selection no other test asks for, so that both requests miss.
        var path = $"/api/measures/{Measure}/observations?region=SE-1780&period=2024&limit={Random.Shared.Next(100, 9000)}";
        // The store version is re-read at most once a second (Riktning:StoreVersionCheckInterval): wait until this
        // import's version is seen, so that both requests look for the same answer rather than one for each version.
        await client.GetAsync($"/api/measures/{Measure}/observations?region=SE-1780&period=2023", Cancel);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Cancel);
        await client.GetAsync($"/api/measures/{Measure}/observations?region=SE-1780&period=2022", Cancel);
        var before = reads.Count;

        // The first request's read is held until the second request has had time to find the build running: two
        // requests sent at once need not overlap on a loaded machine, and one that comes after a build is done builds again
        // (a first-seen answer is not kept).
        var held = reads.HoldNextRead();
        var first = client.GetByteArrayAsync(path, Cancel);
        await held.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        var second = client.GetByteArrayAsync(path, Cancel);
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);
        reads.Release();
        var answers = await Task.WhenAll(first, second);

        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(1, reads.Count - before);
    }
}
