using System.CommandLine;
using Riktning.CrossBorder.Commuting;
using Riktning.Importing;
using Riktning.Importing.PxWeb;
using Riktning.Importing.Sources;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning refresh commuting --source nordic|ssb --table PATH --select VAR=CODES …</c>: one commuting table fetched
/// from its PxWeb API v1 source (json-stat2) and imported as <c>riktning import commuting</c> imports a file, as a refresh
/// run of its own (one at a time, kept in the refresh history).
/// </summary>
internal static class CommutingRefreshCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "nordic (the Nordic Statistics database) or ssb (Statistikkbanken API v0).", Required = true };
        var table = new Option<string>("--table") { Description = "The table's path under the source's root, e.g. 13631, or a Nordic table's folder path ending in .px.", Required = true };
        var select = new Option<string[]>("--select") { Description = "VAR=CODE,CODE (item), VAR=* (all) or VAR=top:N; repeatable, one per variable.", Required = true };
        var origin = new Option<string?>("--origin") { Description = "The table's dimension for the place of residence (default: found by its name)." };
        var destination = new Option<string?>("--destination") { Description = "The table's dimension for the place of work (default: found by its name)." };
        var command = new Command("commuting", "Fetch one origin–destination commuting table from a PxWeb API v1 source and import what changed.")
        {
            source, table, select, origin, destination,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var request = new CommutingTableRequest(
                parseResult.GetRequiredValue(source),
                parseResult.GetRequiredValue(table),
                [.. parseResult.GetRequiredValue(select).Select(Selection)],
                parseResult.GetValue(origin),
                parseResult.GetValue(destination));
            CommutingImportResult? result;
            try
            {
                result = await services.GetRequiredService<RefreshCoordinator>().RunCommutingAsync(RefreshTriggers.Command, request, ct);
            }
            catch (StatisticsSourceException ex)
            {
                // The source down or refusing is an expected failure, as in `riktning refresh`: one line, kept in the run's history.
                Console.Error.WriteLine(ex.Message);
                return 1;
            }

            if (result is null)
            {
                Console.Error.WriteLine("Another instance is refreshing now; nothing was fetched (see its run in the refresh history).");
                return 1;
            }

            Console.WriteLine($"{request.Table}: {result.Source}: {result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged");
            foreach (var note in result.Notes)
            {
                Console.WriteLine("Note: " + note);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static PxWebQueryItem Selection(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new ImportFormatException($"--select: '{text}' is not VAR=CODE,CODE, VAR=* or VAR=top:N");
        }

        var (variable, value) = (text[..equals].Trim(), text[(equals + 1)..].Trim());
        return new PxWebQueryItem(variable, value switch
        {
            "*" => PxWebSelection.All(),
            _ when value.StartsWith("top:", StringComparison.Ordinal) && int.TryParse(value[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => PxWebSelection.Top(n),
            _ => PxWebSelection.Item([.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]),
        });
    }
}
