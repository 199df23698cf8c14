using System.CommandLine;
using Riktning.CrossBorder.Commuting;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning import commuting FILE --source ssb|nordic|scb [--table ID]</c>: origin–destination commuting flows from a
/// json-stat2 (<c>.json</c>) or PC-Axis (<c>.px</c>) table as the source publishes it, or from the plain <c>.csv</c>
/// layout (docs/commuting-format.md); one transaction, all or nothing, a repeated import changes nothing.
/// </summary>
internal static class CommutingImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .json (json-stat2), .px (PC-Axis) or .csv commuting table." };
        var source = new Option<string>("--source") { Description = "Who publishes the table: ssb, nordic (the Nordic Statistics database) or scb.", Required = true };
        var table = new Option<string?>("--table") { Description = "The source's table id, e.g. 13631 (default: the id the file gives itself)." };
        var origin = new Option<string?>("--origin") { Description = "The table's dimension for the place of residence (default: found by its name, e.g. Bosted)." };
        var destination = new Option<string?>("--destination") { Description = "The table's dimension for the place of work (default: found by its name, e.g. Arbeidssted)." };
        var command = new Command("commuting", "Origin–destination commuting flows (municipality to municipality, by year and sex) from SSB, the Nordic Statistics database or SCB.")
        {
            file, source, table, origin, destination,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var path = parseResult.GetRequiredValue(file).FullName;
            var name = Path.GetFileName(path);
            CommutingImportResult result;
            await using (var stream = File.OpenRead(path))
            {
                result = await services.GetRequiredService<CommutingImporter>().ImportFileAsync(
                    parseResult.GetRequiredValue(source), parseResult.GetValue(table), stream, name, parseResult.GetValue(origin), parseResult.GetValue(destination), ct);
            }

            Console.WriteLine($"{name}: {result.Source}: {result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged");
            foreach (var note in result.Notes)
            {
                Console.WriteLine("Note: " + note);
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
