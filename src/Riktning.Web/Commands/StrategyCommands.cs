using System.CommandLine;
using Spectre.Console;

namespace Riktning.Web.Commands;

/// <summary><c>riktning strategy load FILE</c> and <c>riktning strategy list</c>.</summary>
internal static class StrategyCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A definition file (YAML or JSON), see strategies/README.md." };
        var load = new Command("load", "Validate a definition file and store it as a new revision (nothing is stored if it has errors).") { file };
        load.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var path = parseResult.GetRequiredValue(file).FullName;
            var result = await services.GetRequiredService<StrategyLoader>().LoadFileAsync(path, ct);
            if (result.Created)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Stored[/] {result.DefinitionId} ({result.Title}) as revision {result.RevisionNumber}.");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]Unchanged:[/] {result.DefinitionId} is already stored as revision {result.RevisionNumber}.");
            }

            return 0;
        }, cancellationToken));

        var list = new Command("list", "List the stored definitions and their revisions.");
        list.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var revisions = await services.GetRequiredService<StrategyCatalog>().ListAsync(ct);
            if (Console.IsOutputRedirected)
            {
                // Scripts get one tab-separated line per revision instead of a table wrapped to 80 columns.
                foreach (var r in revisions)
                {
                    Console.WriteLine(string.Join('\t', r.DefinitionId, r.Kind, r.Number.ToString(CultureInfo.InvariantCulture), r.Label, r.Title, r.SourceFile,
                        r.LoadedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), r.IsCurrent ? "current" : ""));
                }

                return 0;
            }

            var table = new Table().AddColumns("Definition", "Kind", "Revision", "Label", "Title", "File", "Loaded (UTC)", "Current");
            foreach (var r in revisions)
            {
                table.AddRow(
                    Markup.Escape(r.DefinitionId), r.Kind.ToString(), r.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Label),
                    Markup.Escape(r.Title), Markup.Escape(r.SourceFile), r.LoadedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.IsCurrent ? "yes" : "");
            }

            AnsiConsole.Write(table);
            return 0;
        }, cancellationToken));

        return new Command("strategy", "Strategy and cooperation definitions.") { load, list };
    }
}
