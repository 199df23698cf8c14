using System.Text.Json;
using System.Text.Json.Nodes;
using Riktning.Importing.JsonStat;
using Riktning.Importing.PxWeb;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class PxWebClientTests : IAsyncLifetime
{
    private const string ScbRoot = "/OV0104/v1/doris/sv/ssd/";
    private ReplayServer server = null!;

    public async ValueTask InitializeAsync() => server = await ReplayServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task GetMetadataAsync_ScbTablePath_GetsTheTableUrlUnderTheRoot()
    {
        server.ServeFile("GET", ScbRoot + "BE/BE0101/BE0101A/BefolkningNy", RepositoryPaths.SharedData("scb", "v1", "v1_metadata_BE0101A_BefolkningNy_sv.json"));
        using var transport = FastRetries.Transport("Scb");
        using var http = new HttpClient { BaseAddress = server.Url(ScbRoot.TrimStart('/')) };

        var response = await new PxWebClient(http, transport).GetMetadataAsync("/BE/BE0101/BE0101A/BefolkningNy", TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", ScbRoot + "BE/BE0101/BE0101A/BefolkningNy"), (request.Method, request.Path));
        Assert.Equal(server.Url("OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy"), response.Url);
        Assert.Equal("application/json", response.MediaType);
        using var stream = response.OpenRead();
        Assert.Equal(6, PxWebMetadataReader.Read(stream, response.Source).Variables.Count);
    }

    [Fact]
    public async Task QueryAsync_ScbTab3554_PostsTheQueryAsJsonAndReturnsJsonStat2()
    {
        server.ServeFile("POST", ScbRoot + "HE/HE0110/HE0110G/TAB3554", RepositoryPaths.SharedData("scb", "v1", "v1_data_TAB3554_jsonstat2.json"));
        using var transport = FastRetries.Transport("Scb");
        using var http = new HttpClient { BaseAddress = server.Url(ScbRoot.TrimStart('/')) };
        var query = PxWebQuery.ForJsonStat2(
            new PxWebQueryItem("Region", PxWebSelection.ValueSet("RegionRiket99")),
            new PxWebQueryItem("Kon", PxWebSelection.Item("1", "2", "1+2")),
            new PxWebQueryItem("Alder", PxWebSelection.Item("tot16+")),
            new PxWebQueryItem("ContentsCode", PxWebSelection.Item("HE0110J8")),
            new PxWebQueryItem("Tid", PxWebSelection.Item("2020", "2021", "2022")));

        var response = await new PxWebClient(http, transport).QueryAsync("HE/HE0110/HE0110G/TAB3554", query, TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        var expected = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SharedData("scb", "v1", "v1_query_TAB3554_jsonstat2.json")));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body)), request.Body);
        var dataset = JsonStat2Parser.Parse(response.Content, response.Source);

        // The value set is named with no values picked, so SCB eliminates Region from the answer.
        Assert.Equal(["Kon", "Alder", "ContentsCode", "Tid"], dataset.Dimensions.Select(d => d.Code));
    }

    [Fact]
    public async Task QueryAsync_SsbV0SavedQuery_SendsTheSameQuery()
    {
        server.ServeFile("POST", "/api/v0/no/table/07221", RepositoryPaths.SharedData("ssb", "ssb_v0_07221_boligprisindeks_jsonstat2.json"));
        using var transport = FastRetries.Transport("Ssb");
        using var http = new HttpClient { BaseAddress = server.Url("api/v0/no/table/") };
        var sample = File.ReadAllText(RepositoryPaths.SharedData("ssb", "ssb_v0_07221_query.json"));
        var query = JsonSerializer.Deserialize<PxWebQuery>(sample, JsonSerializerOptions.Web)!;

        var response = await new PxWebClient(http, transport).QueryAsync("07221", query, TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/v0/no/table/07221", request.Path);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sample), JsonNode.Parse(request.Body)), request.Body);
        Assert.Equal("07221", JsonStat2Parser.Parse(response.Content, response.Source).TableId);
    }
}
