using System.CommandLine;
using Spectre.Console;

namespace Riktning.Web.Commands;

/// <summary><c>riktning regions list [--country SE|NO] [--on DATE]</c>.</summary>
internal static class RegionCommands
{
    public static Command Create()
    {
        var country = new Option<string?>("--country") { Description = "SE or NO." };
        var on = new Option<DateOnly?>("--on") { Description = "Only regions valid on this date (yyyy-MM-dd)." };
        var list = new Command("list", "List the region registry.") { country, on };
        list.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var regions = await services.GetRequiredService<RegionRegistry>().ListAsync(parseResult.GetValue(country), null, parseResult.GetValue(on), ct);
            var table = new Table().AddColumns("Key", "Level", "Name", "County", "Valid from", "Valid to");
            foreach (var r in regions)
            {
                table.AddRow(r.Key, r.Level.ToString(), Markup.Escape(r.Name), r.ParentCode ?? "", Date(r.ValidFrom), Date(r.ValidTo));
            }

            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{regions.Count} regions");
            return 0;
        }, cancellationToken));

        return new Command("regions", "The region registry (Swedish and Norwegian counties and municipalities).") { list, LoadNorway() };
    }

    /// <summary>
    /// <c>riktning regions load-norway DIR [--klass-changes FILE] [--write FOLDER]</c>: every Norwegian fylke and kommune with its validity
    /// periods and the change table between the reforms, from SSB KLASS's code lists in DIR (corrected by KLASS's own change
    /// rows in FILE, e.g. regions/sources/klass_131_changes.csv), into the registry (all or nothing, idempotent); with
    /// <c>--write</c> also as the bundled files FOLDER/no.csv and FOLDER/changes/no.csv.
    /// </summary>
    private static Command LoadNorway()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = $"Folder with {NorwegianCodeLists.HistoryFile} and {NorwegianCodeLists.TransitionsFile} (SSB KLASS)." };
        var write = new Option<DirectoryInfo?>("--write") { Description = "Also write the registry files (no.csv, changes/no.csv) into this folder, e.g. regions." };
        var klassChanges = new Option<FileInfo?>("--klass-changes") { Description = $"KLASS's change rows for kommuner ({NorwegianCodeLists.KlassChangesFile}: oldCode,oldName,newCode,newName,changeOccurred), which correct the published transition table." };
        var command = new Command("load-norway", "Load all Norwegian fylker and kommuner with validity periods and the reform change table.") { directory, klassChanges, write };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var geography = NorwegianCodeLists.Read(parseResult.GetRequiredValue(directory).FullName, parseResult.GetValue(klassChanges)?.FullName);
            var registry = services.GetRequiredService<RegionRegistry>();
            var regions = await registry.SyncAsync(geography.Regions, ct);
            var changes = await registry.SyncChangesAsync(geography.Changes, ct);
            if (parseResult.GetValue(write) is { } folder)
            {
                Directory.CreateDirectory(Path.Combine(folder.FullName, "changes"));
                await using (var writer = new StreamWriter(Path.Combine(folder.FullName, "no.csv")))
                {
                    RegionCsvReader.Write(writer, geography.Regions);
                }

                await using (var writer = new StreamWriter(Path.Combine(folder.FullName, "changes", "no.csv")))
                {
                    RegionChangeCsv.Write(writer, geography.Changes);
                }
            }

            foreach (var note in geography.SetAside)
            {
                Console.Error.WriteLine($"warning: {note}");
            }

            var counties = geography.Regions.Count(r => r.Level == RegionLevel.County);
            var municipalities = geography.Regions.Count(r => r.Level == RegionLevel.Municipality);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Norway: {counties} fylke periods, {municipalities} kommune periods ({regions.Added} added, {regions.Changed} updated, {regions.Unchanged} unchanged); {geography.Changes.Count} changes ({changes.Added} added, {changes.Changed} updated, {changes.Unchanged} unchanged)"));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
