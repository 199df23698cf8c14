using System.CommandLine;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning imports list [--measure ID]</c>: every import batch with its source and counts;
/// <c>riktning imports undo BATCH</c>: put back what the batch replaced and remove what it added, in one transaction.
/// </summary>
internal static class ImportHistoryCommands
{
    public static Command Create()
    {
        var command = new Command("imports", "The statistics import batches: list them, or undo one.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Undo());
        return command;
    }

    private static Command List()
    {
        var measure = new Option<string?>("--measure") { Description = "Only the batches of this measure." };
        var command = new Command("list", "Every import batch, newest first: id, measure, source, table, when, by whom, added/changed/unchanged, file or URL.") { measure };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var batches = await services.GetRequiredService<ImportHistory>().ListAsync(parseResult.GetValue(measure), ct);
            Console.WriteLine("batch\tmeasure\tsource\ttable\tretrieved (UTC)\tby\tadded\tchanged\tunchanged\tderived\tstate\tlocation");
            foreach (var b in batches)
            {
                var state = b.UndoneByBatchId is { } undo ? $"undone by {undo}" : b.Source == ImportSources.Undo ? b.Note : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{b.Id}\t{b.MeasureId}\t{b.Source}\t{b.TableId}\t{b.RetrievedAtUtc:yyyy-MM-dd HH:mm}\t{b.ImportedBy}\t{b.Added}\t{b.Changed}\t{b.Unchanged}\t{b.Derived}\t{state}\t{b.Location}"));
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command Undo()
    {
        var batch = new Argument<int>("batch") { Description = "The batch id (see riktning imports list)." };
        var command = new Command("undo", "Undo an import batch: restore exactly the values it replaced and remove the ones it added (refused when a later batch changed its values).") { batch };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<ImportHistory>().UndoAsync(parseResult.GetRequiredValue(batch), ct);
            Console.WriteLine($"Batch {result.BatchId} ({result.MeasureId}) undone as batch {result.UndoBatchId}: {result.Restored} values restored, {result.Removed} removed");
            return 0;
        }, cancellationToken));
        return command;
    }
}
