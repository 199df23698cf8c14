using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Riktning.Data;
using Riktning.Setup;

namespace Riktning.Testing;

/// <summary>
/// A <see cref="StoreVersionMonitor"/> for importers and loaders built by hand in tests: they only tell it about their
/// commits, nothing reads the version, so it needs no services.
/// </summary>
public static class UnreadStoreVersions
{
    private static readonly ServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    public static StoreVersionMonitor Create() =>
        new(NoServices.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, Options.Create(new RiktningOptions()));
}
