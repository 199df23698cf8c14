using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Riktning.Testing;

namespace Riktning.Web.Tests;

/// <summary>The real application in-process, pointed only at a test database and the repository's bundled content.</summary>
public sealed class RiktningWebFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in database.Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Riktning:DefinitionsPath", Path.Combine(RepositoryPaths.Root, "strategies"));
        builder.UseSetting("Riktning:RegionListsPath", RepositoryPaths.Regions);
        builder.UseSetting("Riktning:OrganisationListsPath", RepositoryPaths.Organisations);
        // Every test signs in through the login form from the same (absent) IP address; the limit has its own test.
        builder.UseSetting("Riktning:Accounts:LoginAttemptsPerMinute", "100000");
        builder.UseSetting("Riktning:Pdf:ChromiumPath", Environment.GetEnvironmentVariable("RIKTNING_TEST_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium");
        // Tests import and read back at once; on a loaded machine even a small store's data status can take longer than
        // the default wait, and a test would see the previous version's. StoreVersionCacheTests cover the stale answer.
        builder.UseSetting("Riktning:StaleAnswerWait", "00:01:00");
        // No test asks the real statistics sources; the first-start refresh has its own test against a replay server.
        builder.UseSetting("Riktning:Refresh:OnFirstStart", "false");
        builder.UseEnvironment("Production");
    }
}
