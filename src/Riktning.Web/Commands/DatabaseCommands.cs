using System.CommandLine;
using Riktning.Setup;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning db migrate</c>: the explicit schema update PostgreSQL deployments run before starting instances;
/// <c>db backup</c> and <c>db restore</c>: the whole store to and from a file.
/// </summary>
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

        var backupFile = new Argument<FileInfo>("file") { Description = "The backup to write (SQLite: a database file; PostgreSQL: pg_dump's custom format). Never overwritten." };
        var backup = new Command("backup", "Copy the whole store to a file; safe while the site runs.") { backupFile };
        backup.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var file = parseResult.GetValue(backupFile)!.FullName;
            await services.GetRequiredService<DatabaseBackup>().BackupAsync(file, ct);
            Console.WriteLine($"Backed up to {file} ({new FileInfo(file).Length:N0} bytes).");
            return 0;
        }, cancellationToken, prepareDatabase: false));

        var restoreFile = new Argument<FileInfo>("file") { Description = "A backup written by 'riktning db backup'." };
        var restore = new Command("restore", "Replace the whole store with a backup. Stop the site first; its next start updates an older schema.") { restoreFile };
        restore.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var file = parseResult.GetValue(restoreFile)!.FullName;
            await services.GetRequiredService<DatabaseBackup>().RestoreAsync(file, ct);
            Console.WriteLine($"Restored from {file}.");
            return 0;
        }, cancellationToken, prepareDatabase: false));

        return new Command("db", "Database maintenance.") { migrate, backup, restore };
    }
}
