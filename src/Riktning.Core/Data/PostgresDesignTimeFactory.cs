using Microsoft.EntityFrameworkCore.Design;

namespace Riktning.Data;

// Used only by `dotnet ef migrations add`; the running application configures the contexts in AddRiktningCore.
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRiktningDb>
{
    public PostgresRiktningDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRiktningDb>().UseNpgsql("Host=localhost;Database=riktning_design").Options);
}
