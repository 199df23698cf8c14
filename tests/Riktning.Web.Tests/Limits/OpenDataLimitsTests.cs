using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Testing;
using Riktning.Web.Tests.OpenData;

namespace Riktning.Web.Tests.Limits;

/// <summary>What one request may cost the open data API: pages with a cap, a rate limit, and errors as ProblemDetails.</summary>
public sealed class OpenDataLimitsTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "folkmangd-20-64";

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_Paged_FollowsNextLinksToTheSameRowsInTheSameOrder(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);
        var all = Rows(await client.GetStringAsync($"/api/measures/{Measure}/observations", Ct));

        var paged = new List<string>();
        var links = 0;
        string? next = $"/api/measures/{Measure}/observations?limit=2";
        while (next is not null)
        {
            using var response = await client.GetAsync(next, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = Rows(await response.Content.ReadAsStringAsync(Ct));
            Assert.InRange(rows.Count, 1, 2);
            paged.AddRange(rows);
            next = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('>')[0].TrimStart('<') : null;
            links += next is null ? 0 : 1;
        }

        Assert.Equal(5, all.Count);
        Assert.Equal(all, paged);
        Assert.Equal(2, links);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_LimitAboveTheCap_Is400NamingTheCap(DatabaseProvider provider)
    {
        using var response = await site.Client(provider).GetAsync($"/api/measures/{Measure}/observations?limit=10001", Ct);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("limit", problem.RootElement.GetProperty("parameter").GetString());
        Assert.Equal(10_000, problem.RootElement.GetProperty("maxLimit").GetInt32());
        Assert.Contains("at most 10000 rows", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_NonFiniteValue_IsRefusedAndNothingStored(DatabaseProvider provider)
    {
        const string measure = "invanare-20-64-andel";
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => OpenDataSeed.ImportAsync(
            site.Services(provider), measure, [new("SE-17", "2024", "", 1.5, ValueStatus.Present), new("SE-17", "2023", "", double.NaN, ValueStatus.Present)]));

        Assert.Contains("region SE-17, period 2023: the value is not a finite number", error.Message, StringComparison.Ordinal);
        await using var db = site.Database(provider).CreateContext();
        Assert.False(await db.ObservationSeries.AnyAsync(s => s.MeasureId == measure, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetObservations_InfinityStoredBeforeTheCheck_IsAnsweredAsMissing(DatabaseProvider provider)
    {
        const string measure = "valdeltagande-kommunalval";
        await OpenDataSeed.ImportAsync(site.Services(provider), measure, [new("SE-17", "2024", "", 1.5, ValueStatus.Present)]);
        await using (var db = site.Database(provider).CreateContext())
        {
            var seriesId = await db.ObservationSeries.Where(s => s.MeasureId == measure).Select(s => s.Id).SingleAsync(Ct);
            await db.Observations.Where(o => o.SeriesId == seriesId).ExecuteUpdateAsync(o => o.SetProperty(x => x.Value, double.PositiveInfinity), Ct);
        }

        foreach (var format in new[] { "json", "json-stat2", "csv" })
        {
            using var response = await site.Client(provider).GetAsync($"/api/measures/{measure}/observations?format={format}&region=SE-17&limit=9", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var json = await site.Client(provider).GetStringAsync($"/api/measures/{measure}/observations?region=SE-17", Ct);
        Assert.Contains("\"value\":null,\"status\":\"missing\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WrongMethod_Is405ProblemDetailsNotAPage()
    {
        using var response = await site.Client(DatabaseProvider.Sqlite).PostAsync("/api/strategy", new StringContent(""), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_AcceptOnlyPng_Is406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/measures/{Measure}/observations");
        request.Headers.Accept.ParseAdd("image/png");

        using var response = await site.Client(DatabaseProvider.Sqlite).SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_MoreRequestsThanTheLimit_Is429WithRetryAfter()
    {
        using var factory = site.Factory(DatabaseProvider.Sqlite).WithWebHostBuilder(b => b.UseSetting("Riktning:Limits:ApiRequestsPerMinute", "3"));
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/api/strategy", Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();
    }

    [Fact]
    public void ObservationCsv_TextThatLooksLikeAFormula_IsWrittenAsText()
    {
        var rows = new[] { new Riktning.Web.Features.OpenData.ObservationDocument("SE-17", "2024", "total", -3.5, ValueStatus.Present) };
        var names = new Dictionary<string, string> { ["SE-17"] = "=HYPERLINK(\"http://evil.example\",\"x\")" };

        var csv = Riktning.Web.Features.OpenData.ObservationCsv.Write(rows, names);

        Assert.Contains("SE-17,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",2024,total,-3.5,present", csv, StringComparison.Ordinal);
    }

    private static List<string> Rows(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText())];
    }
}
