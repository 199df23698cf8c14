using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Importing.PxWeb;
using Riktning.Importing.Sources;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class StatisticsClientsTests
{
    [Fact]
    public async Task AddStatisticsSources_BaseUrlFromConfiguration_ClientsCallIt()
    {
        await using var server = await ReplayServer.StartAsync();
        server.ServeFile("GET", "/api/v2/config", RepositoryPaths.SharedData("pxwebapi2", "GetApiConfiguration.json"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // No trailing slash on purpose: the registration adds it so that "config" appends to /api/v2.
                ["Riktning:Sources:SsbApi2:BaseUrl"] = server.Url("api/v2").ToString(),
            })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddStatisticsSources(configuration)
            .BuildServiceProvider();

        var response = await services.GetRequiredService<StatisticsClients>().SsbApi2().GetConfigAsync(TestContext.Current.CancellationToken);

        using var stream = response.OpenRead();
        Assert.Equal(10000, PxWebApi2Reader.ReadConfig(stream, response.Source).MaxDataCells);
    }

    [Fact]
    public void StatisticsSourceOptions_Defaults_AreTheProductionServices()
    {
        var options = new StatisticsSourceOptions();

        Assert.Equal(new Uri("https://api.scb.se/OV0104/v1/doris/sv/ssd/"), options.Scb.BaseUri());
        Assert.Equal(new Uri("https://statistikdatabasen.scb.se/api/v2/"), options.ScbApi2.BaseUri());
        Assert.Equal(new Uri("https://data.ssb.no/api/v0/no/table/"), options.Ssb.BaseUri());
        Assert.Equal(new Uri("https://data.ssb.no/api/pxwebapi/v2/"), options.SsbApi2.BaseUri());
        Assert.Equal(new Uri("https://api.kolada.se/v3/"), options.Kolada.BaseUri());
        Assert.Equal((30, TimeSpan.FromSeconds(10)), (options.ScbApi2.MaxCallsPerTimeWindow, options.ScbApi2.TimeWindow));
        Assert.Equal((30, TimeSpan.FromSeconds(60)), (options.SsbApi2.MaxCallsPerTimeWindow, options.SsbApi2.TimeWindow));
    }
}
