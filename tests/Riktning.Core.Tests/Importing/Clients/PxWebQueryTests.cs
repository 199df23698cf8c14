using System.Text.Json.Nodes;
using Riktning.Importing.PxWeb;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class PxWebQueryTests
{
    [Fact]
    public void ToJsonUtf8_Tab3554Query_MatchesTheQueryPxwebpySent()
    {
        var query = PxWebQuery.ForJsonStat2(
            new PxWebQueryItem("Region", PxWebSelection.ValueSet("RegionRiket99")),
            new PxWebQueryItem("Kon", PxWebSelection.Item("1", "2", "1+2")),
            new PxWebQueryItem("Alder", PxWebSelection.Item("tot16+")),
            new PxWebQueryItem("ContentsCode", PxWebSelection.Item("HE0110J8")),
            new PxWebQueryItem("Tid", PxWebSelection.Item("2020", "2021", "2022")));

        var actual = JsonNode.Parse(query.ToJsonUtf8());
        var expected = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SharedData("scb", "v1", "v1_query_TAB3554_jsonstat2.json")));

        Assert.True(JsonNode.DeepEquals(expected, actual), actual!.ToJsonString());
    }

    [Fact]
    public void ToJsonUtf8_AllAndTopFilters_MatchRopenGovsFilterQuery()
    {
        var query = new PxWebQuery(
            [
                new PxWebQueryItem("Region", PxWebSelection.All("039*")),
                new PxWebQueryItem("ContentsCode", PxWebSelection.All()),
                new PxWebQueryItem("Tid", PxWebSelection.Top(4)),
            ],
            new PxWebResponseFormat("json-stat"));

        var actual = JsonNode.Parse(query.ToJsonUtf8());
        var expected = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SharedData("scb", "v1", "v1_query_filter_all_top.json")));

        Assert.True(JsonNode.DeepEquals(expected, actual), actual!.ToJsonString());
    }
}
