using System.CommandLine;
using Riktning.Setup;

namespace Riktning.Web.Commands;

/// <summary><c>riktning db migrate</c>: the explicit schema update PostgreSQL deployments run before starting instances.</summary>
internal static class DatabaseCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create or update the database schema, then load the bundled code lists and definitions.");
        migrate.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var setup = services.GetRequiredService<DatabaseSetup>();
            await setup.MigrateAsync(ct);
            await setup.LoadBundledContentAsync(ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        }, cancellationToken, prepareDatabase: false));

        return new Command("db", "Database maintenance.") { migrate };
    }
}
