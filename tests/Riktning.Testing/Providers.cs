using Riktning.Data;
using Xunit;

namespace Riktning.Testing;

/// <summary>Theory data: every data test runs on both providers.</summary>
public static class Providers
{
    public static TheoryDataRow<DatabaseProvider>[] All => [new(DatabaseProvider.Sqlite), new(DatabaseProvider.Postgres)];
}
