using Microsoft.EntityFrameworkCore.Design;

namespace Riktning.Data;

// Used only by `dotnet ef migrations add`; the running application configures the contexts in AddRiktningCore.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRiktningDb>
{
    public SqliteRiktningDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRiktningDb>().UseSqlite("Data Source=design-time.db").Options);
}
