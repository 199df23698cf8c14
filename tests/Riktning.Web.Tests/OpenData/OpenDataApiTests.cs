using System.Net;
using System.Text.Json;
using Riktning.Data;

namespace Riktning.Web.Tests.OpenData;

/// <summary>The open data API's contract: the strategy tree, observations in three formats, filters, problems, CORS and OpenAPI.</summary>
public sealed class OpenDataApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Measure = "folkmangd-20-64";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetStrategy_Current_ReturnsTreeDownToMeasureSources(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        using var response = await client.GetAsync("/api/strategy", Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var root = json.RootElement;
        Assert.Equal("varmlandsstrategin-2040", root.GetProperty("id").GetString());
        Assert.Equal(4, root.GetProperty("focusAreas").GetArrayLength());
        var measure = root.GetProperty("focusAreas").EnumerateArray()
            .SelectMany(a => a.GetProperty("goals").EnumerateArray())
            .SelectMany(g => g.GetProperty("indicators").EnumerateArray())
            .SelectMany(i => i.GetProperty("measures").EnumerateArray())
            .Single(m => m.GetProperty("id").GetString() == Measure);
        Assert.Equal("befolkning-i-arbetsfor-alder", measure.GetProperty("indicator").GetString());
        Assert.Equal("Population aged 20–64", measure.GetProperty("name").GetProperty("en").GetString());
        Assert.Equal("kolada", measure.GetProperty("source").GetProperty("type").GetString());
        Assert.Equal("N01955", measure.GetProperty("source").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetIndicator_Known_ReturnsParentsBreakdownsAndMeasures(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        var body = await client.GetStringAsync("/api/indicators/befolkning-i-arbetsfor-alder", Cancel);
        using var json = JsonDocument.Parse(body);

        var root = json.RootElement;
        Assert.Equal("befolkning-i-arbetsfor-alder", root.GetProperty("id").GetString());
        Assert.Equal("hallbar-arbetsmarknad", root.GetProperty("goal").GetString());
        Assert.Equal("increase", root.GetProperty("direction").GetString());
        Assert.Equal(["sex", "age", "place", "birth-country"], root.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["invanare-20-64-andel", Measure, "folkemengde-20-64-no"], root.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetMeasure_Known_ReturnsSourceUnitDirectionAndObservationsLink(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/measures/{Measure}", Cancel));

        var root = json.RootElement;
        Assert.Equal("number", root.GetProperty("unit").GetString());
        Assert.Equal("increase", root.GetProperty("direction").GetString());
        Assert.Equal("Folkmängd 20–64 år", root.GetProperty("name").GetProperty("sv").GetString());
        Assert.Equal($"/api/measures/{Measure}/observations", root.GetProperty("observations").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetObservations_Json_MatchesGoldenFile(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);

        var body = await client.GetStringAsync($"/api/measures/{Measure}/observations", Cancel);

        Assert.Equal(Normalise(OpenDataSeed.Expected("observations.json")), Normalise(body));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "?format=json-stat2", null)]
    [InlineData(DatabaseProvider.Postgres, "?format=json-stat2", null)]
    [InlineData(DatabaseProvider.Sqlite, "", "application/json+stat")]
    [InlineData(DatabaseProvider.Postgres, "", "application/json+stat")]
    public async Task GetObservations_JsonStat2_MatchesGoldenFileAndIsConsistent(DatabaseProvider provider, string query, string? accept)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/measures/{Measure}/observations{query}");
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await client.SendAsync(request, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json+stat", response.Content.Headers.ContentType?.MediaType);
        // The retrieval time varies between runs: compared apart from the golden file.
        Assert.Equal(Normalise(OpenDataSeed.Expected("observations.json-stat2.json")), Normalise(WithoutRetrieval(body)));
        var root = json.RootElement;
        Assert.Equal("test", root.GetProperty("source").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", root.GetProperty("updated").GetString());
        Assert.StartsWith("test, rows typed in the test, retrieved ", root.GetProperty("note")[0].GetString(), StringComparison.Ordinal);
        var source = Assert.Single(root.GetProperty("extension").GetProperty("sources").EnumerateArray());
        Assert.Equal("rows typed in the test", source.GetProperty("location").GetString());
        Assert.False(source.GetProperty("byHand").GetBoolean());
        var size = root.GetProperty("size").EnumerateArray().Select(s => s.GetInt32()).ToList();
        Assert.Equal(size.Aggregate(1, (a, b) => a * b), root.GetProperty("value").GetArrayLength());
        Assert.Equal(root.GetProperty("id").GetArrayLength(), size.Count);
        var symbols = root.GetProperty("status").EnumerateObject().Select(p => p.Value.GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "..", "c", ".", "-", "p" }, symbols);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetObservations_Csv_WritesHeaderNamesAndEmptyValueForConfidential(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);

        using var response = await client.GetAsync($"/api/measures/{Measure}/observations?format=csv", Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        // Every value names its import batch: source, file, retrieval time.
        const string Source = "\"test, rows typed in the test, retrieved \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\"";
        Assert.Matches(
            "^region,region_name,period,breakdown,value,status,flags,source,breakdown_label\r\n"
            + "SE-17,Värmlands län,2023,total,160000,present,," + Source + ",total\r\n"
            + "SE-17,Värmlands län,2024,total,161234\\.5,present,," + Source + ",total\r\n"
            + "SE-1780,Karlstad,2024,total,,confidential,c," + Source + ",total\r\n"
            + "SE-1780,Karlstad,2023,sex=women,39000,present,p," + Source + ",sex=women\r\n"
            + "SE-1780,Karlstad,2024,sex=women,40000,present,," + Source + ",sex=women\r\n$",
            body);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "region=SE-1780", "SE-1780/2024/total SE-1780/2023/sex=women SE-1780/2024/sex=women")]
    [InlineData(DatabaseProvider.Postgres, "region=SE-1780", "SE-1780/2024/total SE-1780/2023/sex=women SE-1780/2024/sex=women")]
    [InlineData(DatabaseProvider.Sqlite, "region=SE-17&region=SE-1780&period=2024&breakdown=total", "SE-17/2024/total SE-1780/2024/total")]
    [InlineData(DatabaseProvider.Postgres, "region=SE-17&region=SE-1780&period=2024&breakdown=total", "SE-17/2024/total SE-1780/2024/total")]
    [InlineData(DatabaseProvider.Sqlite, "breakdown=sex=women", "SE-1780/2023/sex=women SE-1780/2024/sex=women")]
    [InlineData(DatabaseProvider.Postgres, "breakdown=sex%3Dwomen&period=2023", "SE-1780/2023/sex=women")]
    [InlineData(DatabaseProvider.Sqlite, "from=2024", "SE-17/2024/total SE-1780/2024/total SE-1780/2024/sex=women")]
    [InlineData(DatabaseProvider.Postgres, "to=2023&region=SE-17", "SE-17/2023/total")]
    [InlineData(DatabaseProvider.Sqlite, "region=SE-1715", "")]
    public async Task GetObservations_Filtered_ReturnsOnlyMatchingRows(DatabaseProvider provider, string query, string expected)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/measures/{Measure}/observations?{query}", Cancel));

        var rows = json.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("region").GetString()}/{r.GetProperty("period").GetString()}/{r.GetProperty("breakdown").GetString()}");
        Assert.Equal(expected, string.Join(' ', rows));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetObservations_Xlsx_HasTheCsvColumnsAndNumbers(DatabaseProvider provider)
    {
        await OpenDataSeed.ImportAsync(site.Services(provider), Measure, OpenDataSeed.Population);
        var client = site.Client(provider);

        using var response = await client.GetAsync($"/api/measures/{Measure}/observations?format=xlsx", Cancel);
        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        var rows = MiniExcelLibs.MiniExcel.Query(body, useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .ToList();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Measure}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(["region", "region_name", "period", "breakdown", "value", "status", "flags", "source", "breakdown_label"], rows[0].Keys);
        Assert.StartsWith("test, rows typed in the test, retrieved ", (string?)rows[1]["source"], StringComparison.Ordinal);
        Assert.Equal(5, rows.Count);
        Assert.Equal("Värmlands län", rows[1]["region_name"]);
        Assert.Equal(161234.5, Convert.ToDouble(rows[1]["value"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(rows[2]["value"]);
        Assert.Equal("confidential", rows[2]["status"]);
        Assert.Equal("p", rows[3]["flags"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "/api/measures/no-such-measure")]
    [InlineData(DatabaseProvider.Postgres, "/api/measures/no-such-measure/observations")]
    [InlineData(DatabaseProvider.Sqlite, "/api/measures/no-such-measure/observations?format=csv")]
    [InlineData(DatabaseProvider.Postgres, "/api/indicators/no-such-indicator")]
    public async Task Get_UnknownId_Returns404ProblemDetails(DatabaseProvider provider, string path)
    {
        var client = site.Client(provider);

        using var response = await client.GetAsync(path, Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("no-such-", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "region=17", "region", "17")]
    [InlineData(DatabaseProvider.Postgres, "region=SE-17&region=v%C3%A4rmland", "region", "värmland")]
    [InlineData(DatabaseProvider.Sqlite, "period=last", "period", "last")]
    [InlineData(DatabaseProvider.Postgres, "from=2024&to=2020", "from", "(2024)")]
    [InlineData(DatabaseProvider.Sqlite, "to=x", "to", "'x'")]
    [InlineData(DatabaseProvider.Postgres, "breakdown=sex", "breakdown", "'sex'")]
    [InlineData(DatabaseProvider.Sqlite, "breakdown=sex=women;sex=men", "breakdown", "'sex=women;sex=men'")]
    [InlineData(DatabaseProvider.Postgres, "format=xml", "format", "'xml'")]
    public async Task GetObservations_BadParameter_Returns400NamingIt(DatabaseProvider provider, string query, string parameter, string named)
    {
        var client = site.Client(provider);

        using var response = await client.GetAsync($"/api/measures/{Measure}/observations?{query}", Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
        Assert.Contains(named, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_WithOrigin_AllowsAnyOriginOnApiOnly(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        using var api = await SendWithOriginAsync(client, $"/api/measures/{Measure}");
        using var page = await SendWithOriginAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("*", Assert.Single(api.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task GetOpenApi_Document_ListsEndpointsWithXmlDocs(DatabaseProvider provider)
    {
        var client = site.Client(provider);

        var raw = await client.GetStringAsync("/openapi/v1.json", Cancel);
        using var json = JsonDocument.Parse(raw);

        var paths = json.RootElement.GetProperty("paths");
        Assert.Equal(
            [
                "/api/assessments/goals", "/api/assessments/indicators", "/api/cooperation/activities", "/api/cooperation/agreements",
                "/api/cooperation/knowledge", "/api/cooperation/projects", "/api/goals/{id}/assessment", "/api/indicators/{id}",
                "/api/indicators/{id}/assessment", "/api/measures/{id}", "/api/measures/{id}/observations", "/api/regions", "/api/strategy",
            ],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var observations = paths.GetProperty("/api/measures/{id}/observations").GetProperty("get");
        Assert.Equal("GetObservations", observations.GetProperty("operationId").GetString());
        var region = observations.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "region");
        Assert.StartsWith("Region keys to include", region.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["application/json", "application/json+stat", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"],
            observations.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.True(observations.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(observations.GetProperty("responses").TryGetProperty("404", out _));
    }

    private static async Task<HttpResponseMessage> SendWithOriginAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://example.org");
        return await client.SendAsync(request, Cancel);
    }

    /// <summary>The JSON-stat answer without what varies between runs: the retrieval time (updated, note, the batches' retrieval) and batch ids.</summary>
    private static string WithoutRetrieval(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("updated");
        node.Remove("note");
        foreach (var source in node["extension"]!["sources"]!.AsArray())
        {
            source!.AsObject().Remove("retrieved");
            source.AsObject().Remove("batch");
        }

        return node.ToJsonString();
    }

    private static string Normalise(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
