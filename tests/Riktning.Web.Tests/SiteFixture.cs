using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests;

/// <summary>One running site per provider, each on its own fresh database, shared by a test class.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, (TestDatabase Database, RiktningWebFactory Factory)> _sites = [];

    public async ValueTask InitializeAsync()
    {
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            var database = await TestDatabase.CreateAsync(provider);
            var factory = new RiktningWebFactory(database);
            _sites[provider] = (database, factory);
        }
    }

    public HttpClient Client(DatabaseProvider provider) =>
        _sites[provider].Factory.CreateClient(new() { AllowAutoRedirect = false });

    public IServiceProvider Services(DatabaseProvider provider) => _sites[provider].Factory.Services;

    public RiktningWebFactory Factory(DatabaseProvider provider) => _sites[provider].Factory;

    public TestDatabase Database(DatabaseProvider provider) => _sites[provider].Database;

    public async ValueTask DisposeAsync()
    {
        foreach (var (database, factory) in _sites.Values)
        {
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
