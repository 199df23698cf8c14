using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Core.Tests.Data;

public sealed class MigrationTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Migrations_MatchModel_NoPendingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
