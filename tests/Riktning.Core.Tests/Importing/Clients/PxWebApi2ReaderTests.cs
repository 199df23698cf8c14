using Riktning.Importing;
using Riktning.Importing.PxWeb;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class PxWebApi2ReaderTests
{
    [Fact]
    public void ReadConfig_ScbSample_GivesLimitsAndFormats()
    {
        var config = ReadConfig("scb", "v2", "config.json");

        Assert.Equal("2.2.0", config.ApiVersion);
        Assert.Equal("sv", config.DefaultLanguage);
        Assert.Equal(150000, config.MaxDataCells);
        Assert.Equal(3, config.MaxCallsPerTimeWindow);
        Assert.Equal(1, config.TimeWindow);
        Assert.Equal(TimeSpan.FromSeconds(1), config.Window);
        Assert.Equal(["json-stat2", "csv", "px", "xlsx", "html", "json-px"], config.DataFormats);
    }

    [Fact]
    public void ReadConfig_ReferenceImplementation_GivesItsLimits()
    {
        var config = ReadConfig("pxwebapi2", "GetApiConfiguration.json");

        Assert.Equal("2.0.0-beta.12", config.ApiVersion);
        Assert.Equal("en", config.DefaultLanguage);
        Assert.Equal(10000, config.MaxDataCells);
        Assert.Equal(30, config.MaxCallsPerTimeWindow);
        Assert.Equal(10, config.TimeWindow);
    }

    [Fact]
    public void ReadConfig_WithoutMaxDataCells_NamesTheField()
    {
        using var stream = new MemoryStream("""{"apiVersion":"2.0","maxCallsPerTimeWindow":1,"timeWindow":1}"""u8.ToArray());

        var error = Assert.Throws<ImportFormatException>(() => PxWebApi2Reader.ReadConfig(stream, "config"));

        Assert.Equal("config: $ has no 'maxDataCells'.", error.Message);
    }

    [Fact]
    public void ReadTablesPage_ScbListing_GivesPagingAndTables()
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("scb", "v2", "tables.json"));

        var page = PxWebApi2Reader.ReadTablesPage(stream, "tables.json");

        Assert.Equal((1, 20, 4246, 213), (page.PageNumber, page.PageSize, page.TotalElements, page.TotalPages));
        Assert.True(page.HasNextPage);
        Assert.Equal(20, page.Tables.Count);
        var first = page.Tables[0];
        Assert.Equal("TAB4707", first.Id);
        Assert.Equal(new DateTime(2026, 5, 29, 6, 0, 0, DateTimeKind.Utc), first.Updated);
        Assert.Equal(DateTimeKind.Utc, first.Updated!.Value.Kind);
        Assert.Equal(("2015M04", "2026M03", "Monthly"), (first.FirstPeriod, first.LastPeriod, first.TimeUnit));
        Assert.Equal(["sektor", "kön", "tabellinnehåll", "månad"], first.VariableNames);
    }

    [Fact]
    public void ReadTablesPage_ScbSearch_IsTheOnlyPage()
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("scb", "v2", "tables_search.json"));

        var page = PxWebApi2Reader.ReadTablesPage(stream, "search.json");

        Assert.False(page.HasNextPage);
        Assert.Equal(10, page.Tables.Count);
        Assert.Equal("TAB4552", page.Tables[0].Id);
    }

    private static PxWebApi2Config ReadConfig(params string[] path)
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData(path));
        return PxWebApi2Reader.ReadConfig(stream, path[^1]);
    }
}
