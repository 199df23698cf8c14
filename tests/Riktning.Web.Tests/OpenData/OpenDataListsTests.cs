using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.CrossBorder;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.OpenData;

/// <summary>
/// The open data API beyond statistics: regions, assessments and the public cross-border registry, as JSON and CSV,
/// with the observations' ETag, paging, CORS, problem and OpenAPI rules.
/// </summary>
public sealed class OpenDataListsTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetRegions_PagedJson_FollowsTheNextLinkToEveryCounty(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        using var all = await client.GetAsync("/api/regions?country=SE&level=county", Cancel);
        var allRows = Rows(await all.Content.ReadAsStringAsync(Cancel));
        using var first = await client.GetAsync("/api/regions?country=SE&level=county&limit=5", Cancel);
        var next = first.Headers.GetValues("Link").Single();
        using var second = await client.GetAsync(next.Split('>')[0].TrimStart('<'), Cancel);

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("application/json", all.Content.Headers.ContentType?.MediaType);
        Assert.Equal(21, allRows.Count);
        Assert.Equal(allRows.Take(10).Select(r => r.GetRawText()), Rows(await first.Content.ReadAsStringAsync(Cancel)).Concat(Rows(await second.Content.ReadAsStringAsync(Cancel))).Select(r => r.GetRawText()));
        Assert.Contains("offset=5", next, StringComparison.Ordinal);
        var varmland = allRows.Single(r => r.GetProperty("key").GetString() == "SE-17");
        Assert.Equal("county", varmland.GetProperty("level").GetString());
        Assert.Equal("Värmlands län", varmland.GetProperty("name").GetString());
        Assert.True(varmland.TryGetProperty("validFrom", out _));
        Assert.True(varmland.TryGetProperty("validTo", out _));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetRegions_Csv_HasHeaderAndValidityPeriods(DatabaseProvider provider)
    {
        using var response = await site.Client(provider).GetAsync("/api/regions?country=NO&format=csv", Cancel);
        var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("key,country,code,level,name,parent,valid_from,valid_to", lines[0]);
        // Norwegian codes changed in 2020 and 2024: some rows end, and some begin.
        Assert.Contains(lines.Skip(1), l => l.Split(',')[7].Length == 10);
        Assert.Contains(lines.Skip(1), l => l.Split(',')[6].Length == 10);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetLists_WithCurrentETag_Return304(DatabaseProvider provider)
    {
        var client = site.Client(provider);
        foreach (var path in new[] { "/api/regions?country=SE", "/api/assessments/goals?format=csv", "/api/cooperation/agreements" })
        {
            using var first = await client.GetAsync(path, Cancel);
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var again = await client.SendAsync(request, Cancel);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(first.Headers.ETag, again.Headers.ETag);
            Assert.Equal("public, max-age=60", again.Headers.CacheControl?.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetLists_LimitAboveTheCapOrBadParameter_Is400NamingIt(DatabaseProvider provider)
    {
        var client = site.Client(provider);
        foreach (var (path, parameter) in new[]
        {
            ("/api/regions?limit=10001", "limit"), ("/api/cooperation/projects?limit=10001", "limit"), ("/api/assessments/indicators?limit=10001", "limit"),
            ("/api/regions?level=parish", "level"), ("/api/cooperation/knowledge?format=pdf", "format"), ("/api/cooperation/projects?year=soon", "year"),
        })
        {
            using var response = await client.GetAsync(path, Cancel);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
            if (parameter == "limit")
            {
                Assert.Equal(10_000, problem.RootElement.GetProperty("maxLimit").GetInt32());
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetAssessments_IndicatorAndGoal_AsJsonAndCsv(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        using var indicators = JsonDocument.Parse(await client.GetStringAsync("/api/assessments/indicators", Cancel));
        using var one = JsonDocument.Parse(await client.GetStringAsync("/api/indicators/befolkning-i-arbetsfor-alder/assessment", Cancel));
        var goalCsv = (await client.GetStringAsync("/api/goals/hallbar-arbetsmarknad/assessment?format=csv", Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var missing = await client.GetAsync("/api/goals/no-such-goal/assessment", Cancel);

        var rows = indicators.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(rows.Count > 10, $"{rows.Count} indicators");
        var indicator = Assert.Single(one.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("hallbar-arbetsmarknad", indicator.GetProperty("goal").GetString());
        Assert.Equal("SE-17", indicator.GetProperty("region").GetString());
        Assert.Equal(
            indicator.GetProperty("measures").GetArrayLength(),
            new[] { "better", "worse", "unchanged", "notEnoughData" }.Sum(p => indicator.GetProperty(p).GetInt32()));
        Assert.Equal(["invanare-20-64-andel", "folkmangd-20-64", "folkemengde-20-64-no"], indicator.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("measure").GetString()));
        Assert.Equal("goal,focus_area,region,status,better,worse,unchanged,not_enough_data,indicators", goalCsv[0]);
        Assert.StartsWith("hallbar-arbetsmarknad,", Assert.Single(goalCsv.Skip(1)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetCrossBorderRegistry_JsonAndCsv_WithFormulasNeutralised(DatabaseProvider provider)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
            var owner = await db.Organisations.OrderBy(o => o.Id).FirstAsync(Cancel);
            db.CrossBorderProjects.Add(new CrossBorderProject
            {
                Key = $"api-{suffix}",
                Name = "=HYPERLINK(\"http://evil.example\",\"x\")",
                OrganisationId = owner.Id,
                Regions = ["SE-17", "NO-34"],
                Start = new DateOnly(2025, 1, 1),
                Status = ProjectStatus.Ongoing,
                SearchText = $"api {suffix}",
            });
            db.KnowledgeItems.Add(new KnowledgeItem { Title = $"+cmd {suffix}", Url = "https://example.org/report.pdf", Kind = KnowledgeKind.Report, SearchText = $"cmd {suffix}" });
            db.CooperationAgreements.Add(new CooperationAgreement { Title = $"@SUM {suffix}", SignedOn = new DateOnly(2024, 5, 1) });
            db.CrossBorderActivities.Add(new CrossBorderActivity { Title = $"Möte {suffix}", Date = new DateOnly(2025, 3, 1), OrganisationId = owner.Id, Kind = ActivityKind.StudyVisit });
            await db.SaveChangesAsync(Cancel);
        }

        var client = site.Client(provider);
        using var projects = JsonDocument.Parse(await client.GetStringAsync($"/api/cooperation/projects?q={suffix}", Cancel));
        var projectsCsv = await client.GetStringAsync($"/api/cooperation/projects?q={suffix}&format=csv", Cancel);
        var knowledgeCsv = await client.GetStringAsync($"/api/cooperation/knowledge?q={suffix}&format=csv", Cancel);
        var agreementsCsv = await client.GetStringAsync("/api/cooperation/agreements?format=csv", Cancel);
        using var activities = JsonDocument.Parse(await client.GetStringAsync("/api/cooperation/activities", Cancel));

        var project = Assert.Single(projects.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal($"api-{suffix}", project.GetProperty("key").GetString());
        Assert.Equal(["SE-17", "NO-34"], project.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.StartsWith("key,name,summary,programme,owner,", projectsCsv, StringComparison.Ordinal);
        Assert.Contains($"api-{suffix},\"'=HYPERLINK(", projectsCsv, StringComparison.Ordinal);
        Assert.Contains($"'+cmd {suffix}", knowledgeCsv, StringComparison.Ordinal);
        Assert.Contains($"'@SUM {suffix}", agreementsCsv, StringComparison.Ordinal);
        var activity = activities.RootElement.GetProperty("rows").EnumerateArray().Single(a => a.GetProperty("title").GetString() == $"Möte {suffix}");
        Assert.Equal("study-visit", activity.GetProperty("kind").GetString());
        Assert.False(string.IsNullOrEmpty(activity.GetProperty("organiser").GetString()));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GetLists_WithOrigin_AllowAnyOrigin(DatabaseProvider provider)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cooperation/knowledge");
        request.Headers.Add("Origin", "https://example.org");

        using var response = await site.Client(provider).SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task GetOpenApi_Document_ListsTheListsWithCsv()
    {
        using var document = JsonDocument.Parse(await site.Client(DatabaseProvider.Sqlite).GetStringAsync("/openapi/v1.json", Cancel));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[]
        {
            "/api/regions", "/api/assessments/indicators", "/api/assessments/goals", "/api/indicators/{id}/assessment", "/api/goals/{id}/assessment",
            "/api/cooperation/projects", "/api/cooperation/agreements", "/api/cooperation/activities", "/api/cooperation/knowledge",
        })
        {
            var content = paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.True(content.TryGetProperty("application/json", out _), path);
            Assert.True(content.TryGetProperty("text/csv", out _), path);
        }

        // Shared paging and format parameters are described once for every list; a list's own parameters keep their XML docs.
        foreach (var path in new[] { "/api/regions", "/api/assessments/goals", "/api/cooperation/knowledge" })
        {
            var parameters = Parameters(paths, path);
            Assert.StartsWith("The most rows in this answer", parameters["limit"], StringComparison.Ordinal);
            Assert.StartsWith("Rows to skip", parameters["offset"], StringComparison.Ordinal);
            Assert.StartsWith("`json` (default) or `csv`", parameters["format"], StringComparison.Ordinal);
        }

        Assert.StartsWith("Only this country", Parameters(paths, "/api/regions")["country"], StringComparison.Ordinal);
        Assert.StartsWith("A kind of entry", Parameters(paths, "/api/cooperation/knowledge")["kind"], StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Parameters(JsonElement paths, string path) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("description", out var d) ? d.GetString() : null);

    private static List<JsonElement> Rows(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray()];
}
